package dev.okxtestkit.contracts.check;

/** How a check's own logic ended; the runner adds the name, timing and observations. */
public record Outcome(CheckStatus status, String message) {

  public static Outcome passed() {
    return new Outcome(CheckStatus.PASSED, "");
  }

  public static Outcome failed(String message) {
    return new Outcome(CheckStatus.FAILED, message);
  }

  public static Outcome skipped(String reason) {
    return new Outcome(CheckStatus.SKIPPED, reason);
  }
}
