package dev.okxtestkit.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes on the Jupiter engine, as a user's build would. */
final class TestKit {

  private TestKit() {}

  static EngineExecutionResults run(Class<?>... fixtures) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectors(fixtures))
        .execute();
  }

  /** Classes and methods concurrently, with more threads than this machine has cores. */
  static EngineExecutionResults runInParallel(Class<?>... fixtures) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameters(Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "6"))
        .selectors(selectors(fixtures))
        .execute();
  }

  private static DiscoverySelector[] selectors(Class<?>... fixtures) {
    return Arrays.stream(fixtures).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new);
  }

  /** Every value the fixtures published under {@code key} with {@code TestReporter}. */
  static List<String> reported(EngineExecutionResults results, String key) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get(key))
        .filter(Objects::nonNull)
        .toList();
  }

  /** The failure of a finished event, for assertions on its message and suppressed exceptions. */
  static Throwable failure(Event event) {
    return event.getRequiredPayload(TestExecutionResult.class)
        .getThrowable().orElseThrow();
  }
}
