package dev.okxtestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProgrammaticRegistrationTest {

  @Test
  void appliesTheBuildersConfiguration() {
    TestKit.run(ConfiguredInCodeTestCases.class).allEvents()
        .assertStatistics(s -> s.failed(0).succeeded(3)); // the engine, the class and its test
  }

  @Test
  void failOnAuthErrorsCanBeTurnedOffInCode() {
    TestKit.run(CheckOffInCodeTestCases.class).testEvents().assertStatistics(s -> s.succeeded(1));
  }

  @Test
  void worksFromANonStaticFieldForTestMethods() {
    TestKit.run(InstanceFieldTestCases.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
  }

  @Test
  void rejectsABadBalanceWhenBuilt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OkxSimulatorExtension.builder().balances("USDT:1000"))
        .withMessageContaining("'USDT:1000'").withMessageContaining("USDT=10000");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OkxSimulatorExtension.builder().port(70_000))
        .withMessageContaining("70000");
  }

  static class ConfiguredInCodeTestCases {
    @RegisterExtension
    static OkxSimulatorExtension okx = OkxSimulatorExtension.builder()
        .permissions(Permission.READ_ONLY)
        .environment(Environment.LIVE)
        .balances(Map.of("USDT", new BigDecimal("42")))
        .build();

    @Test
    void usesALiveReadOnlyKeyWithTheGivenBalances(OkxCredentials key, @OkxBaseUrl String baseUrl) {
      assertThat(key.permissions()).containsExactly(Permission.READ_ONLY);
      assertThat(key.environment()).isEqualTo(Environment.LIVE);
      // A live key signs without x-simulated-trading, and the simulator accepts it.
      var headers = new OkxSigner().headers(key, "GET", OkxHttp.BALANCE, "", Instant.now());
      assertThat(headers).doesNotContainKey(OkxHeaders.SIMULATED_TRADING);
      var balance = OkxHttp.get(baseUrl, key, OkxHttp.BALANCE);
      assertThat(balance.statusCode()).isEqualTo(200);
      assertThat(OkxHttp.available(balance, "USDT")).isEqualByComparingTo("42");
    }
  }

  static class CheckOffInCodeTestCases {
    @RegisterExtension
    static OkxSimulatorExtension okx = OkxSimulatorExtension.builder().failOnAuthErrors(false).build();

    @Test
    void swallowsTheError(OkxSimulatorHandle okx) {
      AuthFailuresTest.swallowBadlySignedRequest(okx.baseUrl(), okx.credentials());
      assertThat(okx.authFailures()).hasSize(1);
    }
  }

  static class InstanceFieldTestCases {
    @RegisterExtension
    OkxSimulatorExtension okx = OkxSimulatorExtension.builder().balances("BTC=2").build();

    @OkxInject OkxSimulatorHandle handle;

    @Test
    void injectsFieldsAndParameters(OkxSimulatorHandle param) {
      assertThat(param).isSameAs(handle);
      assertThat(param.available("BTC")).isEqualByComparingTo("2");
    }
  }
}
