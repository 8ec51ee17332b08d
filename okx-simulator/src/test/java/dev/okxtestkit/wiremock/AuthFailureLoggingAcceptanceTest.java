package dev.okxtestkit.wiremock;

import dev.okxtestkit.testing.SignedClient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Logging authentication failures is a setting of each server: one built with
 * logAuthFailures(false) stays silent while another in the same JVM keeps logging, and both record.
 */
@Timeout(30)
class AuthFailureLoggingAcceptanceTest {

  private static final String BALANCE = "/api/v5/account/balance";

  // Held here as java.util.logging keeps loggers only weakly.
  private final Logger authLogger = Logger.getLogger("dev.okxtestkit.auth");
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record.getLevel() + " " + record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previousLevel;
  private boolean previousUseParent;

  @BeforeEach
  void captureTheAuthLog() {
    // The build's logging.properties mutes dev.okxtestkit below SEVERE; open it for this test only.
    previousLevel = authLogger.getLevel();
    previousUseParent = authLogger.getUseParentHandlers();
    authLogger.setLevel(Level.WARNING);
    authLogger.setUseParentHandlers(false);
    authLogger.addHandler(capture);
  }

  @AfterEach
  void restoreTheAuthLog() {
    authLogger.removeHandler(capture);
    authLogger.setUseParentHandlers(previousUseParent);
    authLogger.setLevel(previousLevel);
  }

  @Test
  void aQuietServerRecordsFailuresWithoutLoggingThemWhileAnotherServerLogs() {
    try (OkxSimulatorServer quiet = OkxSimulatorServer.builder().logAuthFailures(false).start();
        OkxSimulatorServer loud = OkxSimulatorServer.builder().start()) {
      OkxCredentials quietKey = quiet.newCredentials();
      OkxCredentials loudKey = loud.newCredentials();

      assertThat(badPassphrase(quiet, quietKey)).isEqualTo(401);
      assertThat(badPassphrase(loud, loudKey)).isEqualTo(401);

      assertThat(quiet.authFailures()).extracting(AuthFailure::code).containsExactly("50105");
      assertThat(loud.authFailures()).extracting(AuthFailure::code).containsExactly("50105");
      assertThat(logged).noneMatch(line -> line.contains(quietKey.apiKey()));
      assertThat(logged).filteredOn(line -> line.contains(loudKey.apiKey())).singleElement()
          .satisfies(line -> assertThat(line).startsWith("WARNING OKX auth failure 50105"));
    }
  }

  private static int badPassphrase(OkxSimulatorServer server, OkxCredentials key) {
    return new SignedClient(server.baseUrl()).get(BALANCE).signedBy(key, Instant.now())
        .header(OkxHeaders.ACCESS_PASSPHRASE, "wrong").send().statusCode();
  }
}
