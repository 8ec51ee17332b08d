package dev.okxtestkit.junit;

import static dev.okxtestkit.junit.TestKit.reported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.signing.OkxCredentials;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParallelExecutionTest {

  private static final int CLASSES = 4;
  private static final int TESTS_PER_CLASS = 6;

  @Test
  void concurrentClassesAndMethodsGetDistinctKeysOnOneServer() {
    EngineExecutionResults results = TestKit.runInParallel(
        FirstTestCases.class, SecondTestCases.class, ThirdTestCases.class, ProgrammaticTestCases.class);

    results.allEvents().assertStatistics(s -> s.failed(0));
    results.testEvents().assertStatistics(s -> s.succeeded(CLASSES * TESTS_PER_CLASS));
    assertThat(reported(results, "apiKey")).hasSize(CLASSES * TESTS_PER_CLASS).doesNotHaveDuplicates();
    List<String> baseUrls = reported(results, "baseUrl");
    assertThat(baseUrls).hasSize(CLASSES * TESTS_PER_CLASS).containsOnly(baseUrls.get(0));
    assertThat(Set.copyOf(reported(results, "thread"))).as("threads").hasSizeGreaterThan(1);
  }

  /**
   * Each test drains its account to an amount of its own, then reads it back over HTTP: a leak
   * between concurrently running tests would show up as someone else's amount.
   */
  static void ownsItsAccount(OkxSimulatorHandle okx, OkxCredentials key, TestReporter reporter) {
    BigDecimal mine = new BigDecimal(Math.floorMod(key.apiKey().hashCode(), 100_000));
    okx.setBalance("USDT", mine);
    for (int i = 0; i < 3; i++) {
      var balance = OkxHttp.get(okx.baseUrl(), key, OkxHttp.BALANCE + "?ccy=USDT");
      assertThat(balance.statusCode()).isEqualTo(200);
      assertThat(OkxHttp.available(balance, "USDT")).isEqualByComparingTo(mine);
    }
    reporter.publishEntry(Map.of(
        "apiKey", key.apiKey(), "baseUrl", okx.baseUrl(), "thread", Thread.currentThread().getName()));
  }

  @OkxSimulator
  static class FirstTestCases {
    @RepeatedTest(TESTS_PER_CLASS)
    void ownsItsAccount(OkxSimulatorHandle okx, OkxCredentials key, TestReporter reporter) {
      ParallelExecutionTest.ownsItsAccount(okx, key, reporter);
    }
  }

  @OkxSimulator
  static class SecondTestCases {
    @OkxApiKey static String classKey;

    @RepeatedTest(TESTS_PER_CLASS)
    void ownsItsAccount(OkxSimulatorHandle okx, OkxCredentials key, TestReporter reporter) {
      assertThat(classKey).isNotNull().isNotEqualTo(key.apiKey());
      ParallelExecutionTest.ownsItsAccount(okx, key, reporter);
    }
  }

  @OkxSimulator(balances = "USDT=5")
  static class ThirdTestCases {
    @OkxInject OkxSimulatorHandle okx;
    @OkxInject OkxCredentials key;

    @RepeatedTest(TESTS_PER_CLASS)
    void ownsItsAccount(TestReporter reporter) {
      ParallelExecutionTest.ownsItsAccount(okx, key, reporter);
    }
  }

  static class ProgrammaticTestCases {
    @RegisterExtension
    static OkxSimulatorExtension okx = OkxSimulatorExtension.builder().balances("USDT=7").build();

    @RepeatedTest(TESTS_PER_CLASS)
    void ownsItsAccount(OkxSimulatorHandle okx, OkxCredentials key, TestReporter reporter) {
      ParallelExecutionTest.ownsItsAccount(okx, key, reporter);
    }
  }
}
