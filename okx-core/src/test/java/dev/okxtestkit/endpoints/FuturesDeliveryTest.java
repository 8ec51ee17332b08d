package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.SimulationConfig;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.testing.SimulationClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dated futures as OKX lists them, traded like swaps and delivered at the mark price when they expire. */
class FuturesDeliveryTest {

  /** A Wednesday: this week's future is delivered on Friday 2026-06-05 at 08:00 UTC. */
  private static final Instant NOW = Instant.parse("2026-06-03T12:00:00Z");
  private static final String THIS_WEEK = "BTC-USDT-260605";

  private final OkxSimulation simulation =
      new OkxSimulation(SimulationConfig.defaults().withClock(SimulatorClock.fixed(NOW)));
  private final SimulationClient client = new SimulationClient(simulation);

  @Test
  void thisWeeksNextWeeksAndTheQuartersFuturesAreListed() {
    JsonNode futures = client.get("/api/v5/public/instruments?instType=FUTURES").data();

    assertThat(futures).extracting(f -> f.path("instId").asText() + " " + f.path("alias").asText())
        .containsExactly("BTC-USDT-260605 this_week", "BTC-USDT-260612 next_week", "BTC-USDT-260626 quarter");
    assertThat(futures.get(0).path("expTime").asLong()).isEqualTo(Instant.parse("2026-06-05T08:00:00Z").toEpochMilli());
    assertThat(futures.get(0).path("ctType").asText()).isEqualTo("linear");
    assertThat(futures.get(0).path("settleCcy").asText()).isEqualTo("USDT");
    assertThat(client.get("/api/v5/market/ticker?instId=" + THIS_WEEK).first().path("last").asText())
        .isEqualTo("43000");
  }

  @Test
  void aPositionIsDeliveredAtTheMarkPriceWhenTheFutureExpires() {
    SimulationClient.Signed okx = client.as(simulation.control().createKey(KeySpec.demo()));
    simulation.control().setBook(THIS_WEEK, List.of(BookLevel.of("40000", "100")), List.of(BookLevel.of("40000", "100")));
    assertThat(okx.post("/api/v5/trade/order", "{\"instId\":\"" + THIS_WEEK + "\",\"tdMode\":\"cross\","
        + "\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"10\"}").first().path("sCode").asText()).isEqualTo("0");
    okx.post("/api/v5/trade/order", "{\"instId\":\"" + THIS_WEEK + "\",\"tdMode\":\"cross\",\"side\":\"buy\","
        + "\"ordType\":\"limit\",\"px\":\"30000\",\"sz\":\"1\"}");
    simulation.control().setMarkPrice(THIS_WEEK, new BigDecimal("41000"));

    simulation.control().advanceClock(Duration.ofDays(2)); // past Friday 08:00

    assertThat(okx.get("/api/v5/account/positions?instType=FUTURES").data()).isEmpty();
    JsonNode delivery = okx.get("/api/v5/account/bills?type=3").first();
    assertThat(delivery.path("subType").asText()).isEqualTo("112");
    // 10 contracts × 0.01 BTC × (41,000 − 40,000)
    assertThat(new BigDecimal(delivery.path("balChg").asText())).isEqualByComparingTo("100");
    assertThat(okx.get("/api/v5/trade/orders-pending?instType=FUTURES").data()).as("its orders are cancelled")
        .isEmpty();
    assertThat(client.get("/api/v5/public/instruments?instType=FUTURES").data())
        .extracting(f -> f.path("instId").asText()).doesNotContain(THIS_WEEK);
    assertThat(okx.post("/api/v5/trade/order", "{\"instId\":\"" + THIS_WEEK + "\",\"tdMode\":\"cross\","
        + "\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"1\"}").first().path("sCode").asText()).isEqualTo("51001");
  }
}
