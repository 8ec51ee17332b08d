package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.SimulationConfig;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.testing.SignedClient.Reply;
import dev.okxtestkit.testing.SimulationClient;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The endpoints bots call to stay safe: the dead man's switch ({@code cancel-all-after}), batch amends,
 * mass cancel and the system status a bot checks before trading.
 */
class TradeSafetyEndpointsTest {

  private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
  private static final String RESTING =
      "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.01\"}";

  private final OkxSimulation simulation =
      new OkxSimulation(SimulationConfig.defaults().withClock(SimulatorClock.fixed(NOW)));
  private final SimulationClient client = new SimulationClient(simulation);
  private final SimulationClient.Signed okx = client.as(simulation.control().createKey(KeySpec.demo()));

  @Test
  void cancelAllAfterCancelsEveryPendingOrderWhenNotRenewed() {
    okx.post("/api/v5/trade/order", RESTING);
    okx.post("/api/v5/trade/order", RESTING);

    Reply armed = okx.post("/api/v5/trade/cancel-all-after", "{\"timeOut\":\"10\",\"tag\":\"bot1\"}");

    assertThat(armed.first().path("triggerTime").asLong()).isEqualTo(NOW.plusSeconds(10).toEpochMilli());
    assertThat(armed.first().path("tag").asText()).isEqualTo("bot1");
    simulation.control().advanceClock(Duration.ofSeconds(9));
    assertThat(okx.get("/api/v5/trade/orders-pending").data()).hasSize(2);
    simulation.control().advanceClock(Duration.ofSeconds(2));
    assertThat(okx.get("/api/v5/trade/orders-pending").data()).isEmpty();
    assertThat(okx.get("/api/v5/trade/orders-history?instType=SPOT&state=canceled").data()).hasSize(2);
  }

  @Test
  void cancelAllAfterZeroTurnsTheSwitchOff() {
    okx.post("/api/v5/trade/order", RESTING);
    okx.post("/api/v5/trade/cancel-all-after", "{\"timeOut\":\"10\"}");

    assertThat(okx.post("/api/v5/trade/cancel-all-after", "{\"timeOut\":\"0\"}").first().path("triggerTime")
        .asText()).isEqualTo("0");
    simulation.control().advanceClock(Duration.ofMinutes(5));

    assertThat(okx.get("/api/v5/trade/orders-pending").data()).hasSize(1);
    assertThat(okx.post("/api/v5/trade/cancel-all-after", "{\"timeOut\":\"5\"}").code()).isEqualTo("51000");
  }

  @Test
  void amendBatchOrdersAmendsEachItem() {
    String first = okx.post("/api/v5/trade/order", RESTING).first().path("ordId").asText();
    String second = okx.post("/api/v5/trade/order", RESTING).first().path("ordId").asText();

    Reply amended = okx.post("/api/v5/trade/amend-batch-orders", "[{\"instId\":\"BTC-USDT\",\"ordId\":\"" + first
        + "\",\"newPx\":\"21000\"},{\"instId\":\"BTC-USDT\",\"ordId\":\"" + second + "\",\"newSz\":\"0.02\"}]");

    assertThat(amended.code()).isEqualTo("0");
    assertThat(okx.get("/api/v5/trade/order?instId=BTC-USDT&ordId=" + first).first().path("px").asText())
        .isEqualTo("21000");
    assertThat(okx.get("/api/v5/trade/order?instId=BTC-USDT&ordId=" + second).first().path("sz").asText())
        .isEqualTo("0.02");
    String tooMany = IntStream.range(0, 21).mapToObj(i -> "{\"instId\":\"BTC-USDT\",\"ordId\":\"" + first
        + "\",\"newPx\":\"21000\"}").collect(Collectors.joining(",", "[", "]"));
    assertThat(okx.post("/api/v5/trade/amend-batch-orders", tooMany).code()).isEqualTo("51501");
  }

  @Test
  void massCancelIsForOptionsOnly() {
    assertThat(okx.post("/api/v5/trade/mass-cancel", "{\"instType\":\"OPTION\",\"instFamily\":\"BTC-USD\"}").first()
        .path("result").asBoolean()).isTrue();
    assertThat(okx.post("/api/v5/trade/mass-cancel", "{\"instType\":\"SPOT\",\"instFamily\":\"BTC-USD\"}").code())
        .isEqualTo("51000");
  }

  @Test
  void theSystemStatusIsPublicAndShowsNoMaintenance() {
    Reply status = client.get("/api/v5/system/status");

    assertThat(status.status()).isEqualTo(200);
    assertThat(status.code()).isEqualTo("0");
    assertThat(status.data()).isEmpty();
  }
}
