package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.testing.SignedClient.Reply;
import dev.okxtestkit.testing.SimulationClient;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Algo orders as bots use them: freqtrade's stop loss on exchange (a conditional order, polled by
 * algoId, then the order it placed), ccxt's stop-loss, take-profit and trigger orders, trailing stops.
 */
class AlgoOrdersTest {

  private static final String SWAP = "BTC-USDT-SWAP";
  private static final String ALGO = "/api/v5/trade/order-algo";

  private final OkxSimulation simulation = new OkxSimulation();
  private SimulationClient.Signed okx;

  @BeforeEach
  void key() {
    okx = new SimulationClient(simulation).as(simulation.control().createKey(KeySpec.demo()));
    simulation.control().setPrice(SWAP, new BigDecimal("40000"));
  }

  @Test
  void aStopLossClosesTheLongWhenThePriceFallsThroughIt() {
    openLong("10");
    Reply placed = okx.post(ALGO, "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"sell\","
        + "\"ordType\":\"conditional\",\"sz\":\"10\",\"reduceOnly\":true,\"slTriggerPx\":\"39000\","
        + "\"slOrdPx\":\"-1\"}");
    assertThat(placed.code()).isEqualTo("0");
    String algoId = placed.first().path("algoId").asText();
    assertThat(placed.first().path("sCode").asText()).isEqualTo("0");
    JsonNode pending = okx.get("/api/v5/trade/orders-algo-pending?ordType=conditional&algoId=" + algoId).first();
    assertThat(pending.path("state").asText()).isEqualTo("live");
    assertThat(pending.path("slTriggerPx").asText()).isEqualTo("39000");

    simulation.control().setPrice(SWAP, new BigDecimal("38900"));

    assertThat(okx.get("/api/v5/trade/orders-algo-pending?ordType=conditional").data()).isEmpty();
    JsonNode done = okx.get("/api/v5/trade/orders-algo-history?ordType=conditional&algoId=" + algoId).first();
    assertThat(done.path("state").asText()).isEqualTo("effective");
    assertThat(done.path("actualSide").asText()).isEqualTo("sl");
    String ordId = done.path("ordId").asText();
    JsonNode order = okx.get("/api/v5/trade/order?instId=BTC-USDT-SWAP&ordId=" + ordId).first();
    assertThat(order.path("state").asText()).isEqualTo("filled");
    assertThat(order.path("algoId").asText()).isEqualTo(algoId);
    assertThat(okx.get("/api/v5/account/positions").data()).isEmpty();
  }

  @Test
  void triggersAlreadyReachedAreRefusedWithOkxsCodes() {
    assertThat(algoCode("sell", "\"slTriggerPx\":\"41000\",\"slOrdPx\":\"-1\"")).isEqualTo("51280");
    assertThat(algoCode("sell", "\"tpTriggerPx\":\"39000\",\"tpOrdPx\":\"-1\"")).isEqualTo("51279");
    assertThat(algoCode("buy", "\"tpTriggerPx\":\"41000\",\"tpOrdPx\":\"-1\"")).isEqualTo("51277");
    assertThat(algoCode("buy", "\"slTriggerPx\":\"39000\",\"slOrdPx\":\"-1\"")).isEqualTo("51278");
    assertThat(algoCode("sell", "\"slTriggerPx\":\"39000\"")).isEqualTo("50014");
    assertThat(okx.post(ALGO, "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"sell\","
        + "\"ordType\":\"twap\",\"sz\":\"1\"}").code()).isEqualTo("51000");
  }

  @Test
  void anOcoTakesProfitAndTheStopNeverFires() {
    openLong("10");
    String algoId = okx.post(ALGO, "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"sell\","
        + "\"ordType\":\"oco\",\"sz\":\"10\",\"tpTriggerPx\":\"41000\",\"tpOrdPx\":\"-1\",\"slTriggerPx\":\"39000\","
        + "\"slOrdPx\":\"-1\"}").first().path("algoId").asText();

    simulation.control().setPrice(SWAP, new BigDecimal("41500"));
    simulation.control().setPrice(SWAP, new BigDecimal("38000"));

    JsonNode done = okx.get("/api/v5/trade/order-algo?algoId=" + algoId).first();
    assertThat(done.path("state").asText()).isEqualTo("effective");
    assertThat(done.path("actualSide").asText()).isEqualTo("tp");
    assertThat(okx.get("/api/v5/trade/orders-history?instType=SWAP").data()).hasSize(2);
  }

  @Test
  void aStopCanWatchTheMarkPrice() {
    openLong("10");
    okx.post(ALGO, "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"sell\",\"ordType\":\"conditional\","
        + "\"closeFraction\":\"1\",\"slTriggerPx\":\"39000\",\"slOrdPx\":\"-1\",\"slTriggerPxType\":\"mark\"}");

    simulation.control().setMarkPrice(SWAP, new BigDecimal("38000"));

    assertThat(okx.get("/api/v5/trade/orders-algo-history?ordType=conditional&state=effective").first()
        .path("actualSz").asText()).isEqualTo("10");
    assertThat(okx.get("/api/v5/account/positions").data()).isEmpty();
  }

  @Test
  void aTriggerOrderBuysWhenThePriceRisesToIt() {
    okx.post(ALGO, "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"buy\",\"ordType\":\"trigger\","
        + "\"sz\":\"2\",\"triggerPx\":\"42000\",\"orderPx\":\"-1\"}");

    simulation.control().setPrice(SWAP, new BigDecimal("41000"));
    assertThat(okx.get("/api/v5/account/positions").data()).isEmpty();
    simulation.control().setPrice(SWAP, new BigDecimal("42000"));

    assertThat(okx.get("/api/v5/account/positions").first().path("pos").asText()).isEqualTo("2");
  }

  @Test
  void aTrailingStopFollowsTheHighAndFiresOnTheCallback() {
    openLong("10");
    String algoId = okx.post(ALGO, "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"sell\","
        + "\"ordType\":\"move_order_stop\",\"sz\":\"10\",\"reduceOnly\":true,\"callbackRatio\":\"0.01\"}")
        .first().path("algoId").asText();

    simulation.control().setPrice(SWAP, new BigDecimal("44000"));
    assertThat(okx.get("/api/v5/trade/order-algo?algoId=" + algoId).first().path("moveTriggerPx").asText())
        .isEqualTo("43560");
    simulation.control().setPrice(SWAP, new BigDecimal("43600"));
    assertThat(okx.get("/api/v5/trade/order-algo?algoId=" + algoId).first().path("state").asText()).isEqualTo("live");
    simulation.control().setPrice(SWAP, new BigDecimal("43500"));

    assertThat(okx.get("/api/v5/trade/order-algo?algoId=" + algoId).first().path("state").asText())
        .isEqualTo("effective");
    assertThat(okx.get("/api/v5/account/positions").data()).isEmpty();
  }

  @Test
  void cancelAndAmendFollowOkxsRules() {
    openLong("10");
    String algoId = okx.post(ALGO, "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"sell\","
        + "\"ordType\":\"conditional\",\"sz\":\"10\",\"slTriggerPx\":\"39000\",\"slOrdPx\":\"-1\"}")
        .first().path("algoId").asText();

    Reply amended = okx.post("/api/v5/trade/amend-algos", "{\"instId\":\"BTC-USDT-SWAP\",\"algoId\":\"" + algoId
        + "\",\"newSlTriggerPx\":\"38000\"}");
    assertThat(amended.code()).isEqualTo("0");
    assertThat(okx.post("/api/v5/trade/amend-algos", "{\"instId\":\"BTC-USDT-SWAP\",\"algoId\":\"" + algoId
        + "\",\"newSlTriggerPx\":\"41000\"}").first().path("sCode").asText()).isEqualTo("51280");
    assertThat(okx.get("/api/v5/trade/order-algo?algoId=" + algoId).first().path("slTriggerPx").asText())
        .isEqualTo("38000");

    String cancel = "[{\"instId\":\"BTC-USDT-SWAP\",\"algoId\":\"" + algoId + "\"}]";
    assertThat(okx.post("/api/v5/trade/cancel-algos", cancel).first().path("sCode").asText()).isEqualTo("0");
    assertThat(okx.post("/api/v5/trade/cancel-algos", cancel).first().path("sCode").asText()).isEqualTo("51401");
    assertThat(okx.post("/api/v5/trade/cancel-algos", "[{\"instId\":\"BTC-USDT-SWAP\",\"algoId\":\"123\"}]")
        .first().path("sCode").asText()).isEqualTo("51603");
    assertThat(okx.get("/api/v5/trade/orders-algo-history?ordType=conditional&state=canceled").data()).hasSize(1);
    simulation.control().setPrice(SWAP, new BigDecimal("30000"));
    assertThat(okx.get("/api/v5/account/positions").data()).as("a cancelled stop never fires").hasSize(1);
  }

  @Test
  void aSpotStopSellsTheCoinsHeld() {
    simulation.control().setPrice("BTC-USDT", new BigDecimal("40000"));
    okx.post(ALGO, "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"sell\",\"ordType\":\"conditional\","
        + "\"sz\":\"0.5\",\"slTriggerPx\":\"39000\",\"slOrdPx\":\"38900\"}");

    simulation.control().setPrice("BTC-USDT", new BigDecimal("38950"));

    JsonNode child = okx.get("/api/v5/trade/orders-history?instType=SPOT").first(); // a limit sell under the bids
    assertThat(child.path("px").asText()).isEqualTo("38900");
    assertThat(child.path("sz").asText()).isEqualTo("0.5");
    assertThat(child.path("side").asText()).isEqualTo("sell");
    assertThat(child.path("state").asText()).isEqualTo("filled");
    assertThat(new BigDecimal(child.path("avgPx").asText())).isGreaterThanOrEqualTo(new BigDecimal("38900"));
  }

  @Test
  void aTriggeredOrderThatIsRefusedLeavesTheAlgoOrderFailed() {
    okx.post(ALGO, "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"sell\",\"ordType\":\"conditional\","
        + "\"sz\":\"5\",\"slTriggerPx\":\"39000\",\"slOrdPx\":\"-1\"}"); // the account holds 1 BTC

    simulation.control().setPrice("BTC-USDT", new BigDecimal("38000"));

    JsonNode failed = okx.get("/api/v5/trade/orders-algo-history?ordType=conditional&state=order_failed").first();
    assertThat(failed.path("failCode").asText()).isEqualTo("51008");
  }

  @Test
  void aStopLossAttachedToAnOrderProtectsWhatItFilled() {
    simulation.control().setBook(SWAP, List.of(BookLevel.of("40000", "100")), List.of(BookLevel.of("40000", "100")));
    Reply placed = okx.post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\","
        + "\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"4\",\"attachAlgoOrds\":[{\"attachAlgoClOrdId\":\"sl1\","
        + "\"slTriggerPx\":\"39000\",\"slOrdPx\":\"-1\"}]}");
    String ordId = placed.first().path("ordId").asText();

    JsonNode order = okx.get("/api/v5/trade/order?instId=BTC-USDT-SWAP&ordId=" + ordId).first();
    JsonNode attached = order.path("attachAlgoOrds").path(0);
    assertThat(attached.path("slTriggerPx").asText()).isEqualTo("39000");
    String algoId = attached.path("attachAlgoId").asText();
    assertThat(order.path("linkedAlgoOrd").path("algoId").asText()).isEqualTo(algoId);
    JsonNode stop = okx.get("/api/v5/trade/order-algo?algoId=" + algoId).first();
    assertThat(stop.path("state").asText()).isEqualTo("live");
    assertThat(stop.path("side").asText()).isEqualTo("sell");
    assertThat(stop.path("sz").asText()).isEqualTo("4");
    assertThat(stop.path("algoClOrdId").asText()).isEqualTo("sl1");

    simulation.control().setMarkPrice(SWAP, new BigDecimal("38000")); // last price: the stop watches it
    assertThat(okx.get("/api/v5/trade/order-algo?algoId=" + algoId).first().path("state").asText()).isEqualTo("live");
    simulation.control().setPrice(SWAP, new BigDecimal("38500"));

    assertThat(okx.get("/api/v5/trade/order-algo?algoId=" + algoId).first().path("state").asText())
        .isEqualTo("effective");
    assertThat(okx.get("/api/v5/account/positions").data()).isEmpty();
  }

  @Test
  void aTakeProfitAttachedToARestingOrderWaitsForItsFill() {
    Reply placed = okx.post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\","
        + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"39000\",\"sz\":\"2\",\"attachAlgoOrds\":[{"
        + "\"tpTriggerPx\":\"41000\",\"tpOrdPx\":\"-1\"}]}");
    String ordId = placed.first().path("ordId").asText();
    assertThat(okx.get("/api/v5/trade/orders-algo-pending?ordType=conditional").data()).isEmpty();

    simulation.control().setPrice(SWAP, new BigDecimal("38990"));

    assertThat(okx.get("/api/v5/trade/order?instId=BTC-USDT-SWAP&ordId=" + ordId).first().path("state").asText())
        .isEqualTo("filled");
    assertThat(okx.get("/api/v5/trade/orders-algo-pending?ordType=conditional").first().path("tpTriggerPx").asText())
        .isEqualTo("41000");
    assertThat(okx.post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\","
        + "\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"1\",\"attachAlgoOrds\":[{\"slTriggerPx\":\"abc\"}]}")
        .first().path("sMsg").asText()).isEqualTo("Parameter slTriggerPx error");
  }

  private void openLong(String sz) {
    simulation.control().setBook(SWAP, List.of(BookLevel.of("40000", "100")), List.of(BookLevel.of("40000", "100")));
    assertThat(okx.post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"buy\","
        + "\"ordType\":\"market\",\"sz\":\"" + sz + "\"}").first().path("sCode").asText()).isEqualTo("0");
    simulation.control().setPrice(SWAP, new BigDecimal("40000"));
  }

  private String algoCode(String side, String triggers) {
    Reply reply = okx.post(ALGO, "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"" + side
        + "\",\"ordType\":\"conditional\",\"sz\":\"1\"," + triggers + "}");
    return reply.first().path("sCode").asText().isEmpty() ? reply.code() : reply.first().path("sCode").asText();
  }
}
