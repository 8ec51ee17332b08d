package dev.okxtestkit.contracts;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mutes the embedded simulator's authentication-failure warnings while okx:verify runs: the negative
 * checks fail authentication on purpose, and every unexpected failure is already reported by its
 * check, diagnosis included. okx:start keeps them, as they help a failing integration test.
 *
 * <p>The level is the JVM's; it is restored on close. The logger is held here because
 * java.util.logging keeps loggers only weakly.
 */
final class QuietAuthFailureLog implements AutoCloseable {

  private final Logger logger = Logger.getLogger("dev.okxtestkit.auth");
  private final Level previous = logger.getLevel();

  QuietAuthFailureLog() {
    logger.setLevel(Level.SEVERE);
  }

  @Override
  public void close() {
    logger.setLevel(previous);
  }
}
