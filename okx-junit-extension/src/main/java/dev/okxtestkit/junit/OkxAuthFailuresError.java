package dev.okxtestkit.junit;

import dev.okxtestkit.auth.AuthFailure;
import java.util.List;

/**
 * Fails a test whose API key the simulator refused: the code under test signed a request wrongly
 * (or sent it too late, without a permission, ...), whether or not it noticed the error response.
 */
public final class OkxAuthFailuresError extends AssertionError {

  private static final long serialVersionUID = 1L;
  private static final int MAX_LINES = 10;

  private final transient List<AuthFailure> failures;

  OkxAuthFailuresError(String owner, String apiKey, List<AuthFailure> failures) {
    super(message(owner, apiKey, failures));
    this.failures = List.copyOf(failures);
  }

  /** The failures, oldest first, each with its diagnosis. */
  public List<AuthFailure> failures() {
    return failures;
  }

  private static String message(String owner, String apiKey, List<AuthFailure> failures) {
    StringBuilder sb = new StringBuilder()
        .append("The OKX simulator refused ").append(failures.size())
        .append(failures.size() == 1 ? " request" : " requests")
        .append(" made with the API key of ").append(owner).append(" (").append(apiKey)
        .append("), even if the code under test swallowed the error response:");
    failures.stream().limit(MAX_LINES).forEach(f -> sb.append("\n  ").append(f.logLine()));
    if (failures.size() > MAX_LINES) {
      sb.append("\n  ... and ").append(failures.size() - MAX_LINES).append(" more");
    }
    return sb.append("\nFix the request, or if the test provokes the failure on purpose, take it with")
        .append(" OkxSimulatorHandle.consumeAuthFailures(); @OkxSimulator(failOnAuthErrors = false)")
        .append(" turns this check off.")
        .toString();
  }
}
