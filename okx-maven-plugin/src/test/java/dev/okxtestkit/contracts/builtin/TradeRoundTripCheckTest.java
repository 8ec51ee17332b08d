package dev.okxtestkit.contracts.builtin;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.contracts.check.ApiClient;
import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckRunner;
import dev.okxtestkit.contracts.check.CheckStatus;
import dev.okxtestkit.contracts.check.Observation;
import dev.okxtestkit.contracts.check.TargetProfile;
import dev.okxtestkit.contracts.http.JdkHttpTransport;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TradeRoundTripCheckTest {

  @Test
  void priceIsHalfTheMarketOnTheTickGrid() {
    assertThat(TradeRoundTripCheck.farBelow(new BigDecimal("43050.1"), new BigDecimal("0.1"))).isEqualTo("21525");
    assertThat(TradeRoundTripCheck.farBelow(new BigDecimal("0.00023"), new BigDecimal("0.0001"))).isEqualTo("0.0001");
  }

  @Test
  void placesReadsAndCancels() {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
      CheckResult result = run(okx, true);

      assertThat(result.status()).as(result.message()).isEqualTo(CheckStatus.PASSED);
      assertThat(result.observations()).extracting(Observation::label)
          .containsExactly("instrument", "ticker", "place", "read", "cancel", "read-after-cancel");
    }
  }

  @Test
  void cancelsEvenWhenReadingTheOrderBackFails() {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
      okx.wireMock().stubFor(get(urlPathEqualTo("/api/v5/trade/order"))
          .willReturn(okJson("{\"code\":\"50026\",\"msg\":\"System error.\",\"data\":[]}")));

      CheckResult result = run(okx, true);

      assertThat(result.status()).isEqualTo(CheckStatus.FAILED);
      assertThat(result.message()).contains("code: expected \"0\", got \"50026\"");
      Observation cancel = result.observations().stream().filter(o -> o.label().equals("cancel")).findFirst()
          .orElseThrow();
      assertThat(cancel.code()).isEqualTo("0");
      assertThat(cancel.sCode()).isEqualTo("0");
    }
  }

  @Test
  void skippedWhenTradeChecksAreOff() {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
      CheckResult result = run(okx, false);

      assertThat(result.status()).isEqualTo(CheckStatus.SKIPPED);
      assertThat(result.observations()).isEmpty();
    }
  }

  private static CheckResult run(OkxSimulatorServer okx, boolean trade) {
    OkxCredentials key = okx.newCredentials();
    ApiClient client = new ApiClient(new JdkHttpTransport(okx.baseUrl(), Duration.ofSeconds(5)), key,
        new OkxSigner(), Clock.systemUTC());
    return new CheckRunner(client, new TargetProfile("test", false, trade, "BTC-USDT"))
        .run(new TradeRoundTripCheck());
  }
}
