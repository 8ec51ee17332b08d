package dev.okxtestkit.contracts;

import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckStatus;
import dev.okxtestkit.contracts.drift.Drift;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Everything one {@code okx:verify} found.
 *
 * @param target where the checks ran, e.g. {@code simulator http://127.0.0.1:41234 (embedded)}
 * @param signer the signer under test, e.g. {@code com.example.MySigner} or the reference signer
 * @param results one per check, in run order
 * @param compared whether the checks also ran on the embedded simulator for a drift report
 * @param drifts the differences found when {@code compared}
 * @param duration wall time of the suite, including starting the embedded simulator
 */
public record VerifyReport(
    String target, String signer, List<CheckResult> results, boolean compared, List<Drift> drifts,
    Duration duration) {

  public VerifyReport {
    results = List.copyOf(results);
    drifts = List.copyOf(drifts);
  }

  public long count(CheckStatus status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /** Checks that ran, i.e. were not skipped. */
  public long ran() {
    return results.size() - count(CheckStatus.SKIPPED);
  }

  public List<CheckResult> problems() {
    return results.stream().filter(CheckResult::isProblem).toList();
  }

  /** {@code 52 checks: 50 passed, 1 failed, 0 errors, 1 skipped in 1.234 s}. */
  public String totals() {
    return String.format(Locale.ROOT, "%d checks: %d passed, %d failed, %d errors, %d skipped in %.3f s",
        results.size(), count(CheckStatus.PASSED), count(CheckStatus.FAILED), count(CheckStatus.ERROR),
        count(CheckStatus.SKIPPED), duration.toNanos() / 1e9);
  }
}
