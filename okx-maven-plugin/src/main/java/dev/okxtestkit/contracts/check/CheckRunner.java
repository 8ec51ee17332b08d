package dev.okxtestkit.contracts.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs checks one after another against one target; a check's exception is its own error. */
public final class CheckRunner {

  private final ApiClient client;
  private final TargetProfile profile;

  public CheckRunner(ApiClient client, TargetProfile profile) {
    this.client = client;
    this.profile = profile;
  }

  public List<CheckResult> runAll(List<Check> checks, Consumer<CheckResult> onResult) {
    List<CheckResult> results = new ArrayList<>(checks.size());
    for (Check check : checks) {
      CheckResult result = run(check);
      onResult.accept(result);
      results.add(result);
    }
    return results;
  }

  public CheckResult run(Check check) {
    CheckContext context = new CheckContext(client, profile);
    long start = System.nanoTime();
    Outcome outcome;
    try {
      outcome = check.run(context);
    } catch (RuntimeException e) {
      // The user's signer or the connection broke the check; say which, without a stack trace.
      outcome = new Outcome(CheckStatus.ERROR, e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    return new CheckResult(check.group(), check.name(), outcome.status(), outcome.message(),
        Duration.ofNanos(System.nanoTime() - start), context.observations());
  }
}
