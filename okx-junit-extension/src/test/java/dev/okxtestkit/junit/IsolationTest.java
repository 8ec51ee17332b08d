package dev.okxtestkit.junit;

import static dev.okxtestkit.junit.TestKit.reported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class IsolationTest {

  @Test
  void aTestDoesNotSeeTheBalancesAnotherTestChanged() {
    EngineExecutionResults results = TestKit.run(BalancesTestCases.class);

    results.allEvents().assertStatistics(s -> s.failed(0));
    results.testEvents().assertStatistics(s -> s.succeeded(3));
    assertThat(reported(results, "apiKey")).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void configuredBalancesAreWhereEveryTestStartsAndResetReturnsTo() {
    TestKit.run(ConfiguredBalancesTestCases.class)
        .testEvents().assertStatistics(s -> s.started(2).succeeded(2));
  }

  @Test
  void theServerOutlivesEachClassAndStopsWithTheRun() {
    EngineExecutionResults results = TestKit.run(BalancesTestCases.class, ConfiguredBalancesTestCases.class);

    results.allEvents().assertStatistics(s -> s.failed(0));
    assertThat(reported(results, "baseUrl")).hasSize(5).containsOnly(reported(results, "baseUrl").get(0));
    String baseUrl = reported(results, "baseUrl").get(0);
    assertThat(OkxHttpProbe.isListening(baseUrl)).as("simulator stopped after the run").isFalse();
  }

  @Test
  void aMethodAnnotationReplacesTheClassOneAsAWhole() {
    TestKit.run(MethodOverridesTestCases.class).allEvents().assertStatistics(s -> s.failed(0).succeeded(4));
  }

  @Test
  void anAnnotationOnATestInterfaceApplies() {
    TestKit.run(FromInterfaceTestCases.class).allEvents().assertStatistics(s -> s.failed(0).succeeded(3));
  }

  @OkxSimulator(balances = "USDT=3")
  interface OkxTestDefaults {}

  static class FromInterfaceTestCases implements OkxTestDefaults {
    @Test
    void usesTheInterfacesAttributes(OkxSimulatorHandle okx) {
      assertThat(okx.available("USDT")).isEqualByComparingTo("3");
    }
  }

  @OkxSimulator
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class BalancesTestCases {
    @Test
    @Order(1)
    void spendsItsUsdt(OkxSimulatorHandle okx, TestReporter reporter) {
      okx.setBalance("USDT", new BigDecimal("1.5"));
      var balance = OkxHttp.get(okx.baseUrl(), okx.credentials(), OkxHttp.BALANCE);
      assertThat(OkxHttp.available(balance, "USDT")).isEqualByComparingTo("1.5");
      reporter.publishEntry(Map.of("apiKey", okx.credentials().apiKey(), "baseUrl", okx.baseUrl()));
    }

    @Test
    @Order(2)
    void stillHasTheDefaultAccount(OkxSimulatorHandle okx, TestReporter reporter) {
      var balance = OkxHttp.get(okx.baseUrl(), okx.credentials(), OkxHttp.BALANCE);
      assertThat(OkxHttp.available(balance, "USDT")).isEqualByComparingTo("10000");
      assertThat(OkxHttp.available(balance, "BTC")).isEqualByComparingTo("1");
      reporter.publishEntry(Map.of("apiKey", okx.credentials().apiKey(), "baseUrl", okx.baseUrl()));
    }

    @Test
    @Order(3)
    void seesOnlyItsOwnAccountInTheHandle(OkxSimulatorHandle okx, TestReporter reporter) {
      assertThat(okx.available("USDT")).isEqualByComparingTo("10000");
      reporter.publishEntry(Map.of("apiKey", okx.credentials().apiKey(), "baseUrl", okx.baseUrl()));
    }
  }

  @OkxSimulator(balances = {"USDT=250", "ETH=0.5"})
  static class ConfiguredBalancesTestCases {
    @Test
    void startsWithTheConfiguredBalances(OkxSimulatorHandle okx, TestReporter reporter) {
      var balance = OkxHttp.get(okx.baseUrl(), okx.credentials(), OkxHttp.BALANCE);
      assertThat(OkxHttp.available(balance, "USDT")).isEqualByComparingTo("250");
      assertThat(OkxHttp.available(balance, "ETH")).isEqualByComparingTo("0.5");
      assertThat(OkxHttp.available(balance, "BTC")).isZero();
      reporter.publishEntry("baseUrl", okx.baseUrl());
    }

    @Test
    void setsAndResetsItsAccount(OkxSimulatorHandle okx, TestReporter reporter) {
      okx.setBalance("USDT", BigDecimal.ONE);
      assertThat(okx.available("USDT")).isEqualByComparingTo("1");
      okx.resetAccount();
      assertThat(okx.available("USDT")).isEqualByComparingTo("250");
      okx.setBalances(Map.of("OKB", BigDecimal.TEN));
      var balance = OkxHttp.get(okx.baseUrl(), okx.credentials(), OkxHttp.BALANCE);
      assertThat(OkxHttp.available(balance, "OKB")).isEqualByComparingTo("10");
      assertThat(OkxHttp.available(balance, "USDT")).isZero();
      okx.setBalance("OKB", BigDecimal.ONE);
      okx.resetAccount();
      assertThat(okx.available("OKB")).isEqualByComparingTo("10");
      reporter.publishEntry("baseUrl", okx.baseUrl());
    }
  }

  @OkxSimulator(balances = "USDT=250", permissions = Permission.TRADE)
  static class MethodOverridesTestCases {
    @OkxInject static OkxSimulatorHandle classHandle;

    @Test
    @OkxSimulator(balances = "USDT=9")
    void usesTheMethodsAnnotation(OkxSimulatorHandle okx) {
      assertThat(okx.available("USDT")).isEqualByComparingTo("9");
      assertThat(okx.credentials().permissions()) // the method's defaults, not merged
          .containsExactlyInAnyOrder(Permission.READ_ONLY, Permission.TRADE);
      assertThat(classHandle.available("USDT")).isEqualByComparingTo("250");
    }

    @Test
    void usesTheClassAnnotation(OkxSimulatorHandle okx) {
      assertThat(okx.available("USDT")).isEqualByComparingTo("250");
    }
  }
}
