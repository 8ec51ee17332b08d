package dev.okxtestkit.contracts.check;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The outcome of one named check.
 *
 * @param group the family of checks, e.g. {@code builtin.auth} or {@code contracts.orders} (the JUnit
 *     class name in the XML report)
 * @param name the check's name, unique within its group
 * @param status how it ended
 * @param message why it failed or was skipped; the first line is a summary; {@code ""} when passed
 * @param duration how long it took
 * @param observations the shape of each answer it got
 */
public record CheckResult(
    String group, String name, CheckStatus status, String message, Duration duration,
    List<Observation> observations) {

  public CheckResult {
    observations = List.copyOf(observations);
    message = message == null ? "" : message;
  }

  /** {@code group/name}: how results of two runs are matched. */
  public String id() {
    return group + "/" + name;
  }

  public boolean isProblem() {
    return status == CheckStatus.FAILED || status == CheckStatus.ERROR;
  }

  /** The first line of the message. */
  public String summary() {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  public CheckResult withMessage(UnaryOperator<String> rewrite) {
    return new CheckResult(group, name, status, rewrite.apply(message), duration, observations);
  }
}
