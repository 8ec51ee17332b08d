package dev.okxtestkit.contracts.report;

import dev.okxtestkit.contracts.VerifyReport;
import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckStatus;
import dev.okxtestkit.contracts.drift.Drift;
import java.util.ArrayList;
import java.util.List;

/** The console's view of a report: what failed and why, the drift, and the totals. */
public final class ConsoleSummary {

  private ConsoleSummary() {}

  /** One block per failed or broken check: {@code FAILED group / name: message} (indented lines). */
  public static List<String> problems(VerifyReport report) {
    List<String> lines = new ArrayList<>();
    for (CheckResult r : report.problems()) {
      lines.add(r.status() + " " + r.group() + " / " + r.name() + ": " + r.message().replace("\n", "\n    "));
    }
    return lines;
  }

  /** One line per failed or broken check: {@code FAILED group / name: first line of the message}. */
  public static List<String> problemSummaries(VerifyReport report) {
    return report.problems().stream().map(r -> r.status() + " " + r.group() + " / " + r.name() + ": " + r.summary())
        .toList();
  }

  /** One line per skipped check, with the reason: {@code SKIPPED group / name: reason}. */
  public static List<String> skipped(VerifyReport report) {
    return report.results().stream().filter(r -> r.status() == CheckStatus.SKIPPED)
        .map(r -> "SKIPPED " + r.group() + " / " + r.name() + ": " + r.message()).toList();
  }

  public static List<String> drift(VerifyReport report) {
    if (!report.compared()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(report.drifts().isEmpty()
        ? "Drift: the embedded simulator answered every check like the target (status, codes, fields, types)."
        : "Drift: " + report.drifts().size() + " difference(s) between the target and the embedded simulator:");
    for (Drift d : report.drifts()) {
      lines.add("  " + d.describe());
    }
    return lines;
  }

  /** {@code OKX contract checks against ...: 52 checks: 50 passed, ...}. */
  public static String totals(VerifyReport report) {
    return "OKX contract checks against " + report.target() + " (signer: " + report.signer() + "): "
        + report.totals();
  }
}
