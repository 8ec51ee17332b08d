package dev.okxtestkit.contracts.check;

import java.util.List;

/** The text of a failed expectation: what was sent, expected against actual, and the diagnosis. */
public final class FailureMessage {

  private FailureMessage() {}

  /**
   * First line: {@code GET /path: expected HTTP 200, code 0; got HTTP 401, code 50113 "Invalid Sign"};
   * then one line per difference and the simulator's diagnosis, if any.
   */
  public static String of(ApiCall call, Expectation expected, Answer actual, List<String> differences) {
    StringBuilder sb = new StringBuilder()
        .append(call.describe()).append(": expected ").append(expected.describe())
        .append("; got HTTP ").append(actual.httpStatus()).append(", code ")
        .append(actual.code().isEmpty() ? "(none)" : actual.code());
    if (!actual.msg().isEmpty()) {
      sb.append(" \"").append(actual.msg()).append('"');
    }
    for (String difference : differences) {
      sb.append("\n  - ").append(difference);
    }
    actual.diagnosis().ifPresent(d -> sb.append("\n  simulator diagnosis: ").append(d));
    return sb.toString();
  }

  /** Checks the answer; a failed outcome carries {@link #of}. */
  public static Outcome verify(ApiCall call, Expectation expected, Answer actual) {
    List<String> differences = expected.differences(actual);
    return differences.isEmpty() ? Outcome.passed() : Outcome.failed(of(call, expected, actual, differences));
  }
}
