package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trade endpoints over real HTTP, each test on a fresh key (so a fresh account). */
class TradeEndpointsAcceptanceTest {

  private static final String FAR_BUY =
      "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.01\"}";
  private SignedClient.Signed okx;
  private OkxCredentials key;

  @RegisterExtension
  static final ServerFixture simulator = ServerFixture.defaults();

  @BeforeEach
  void freshKey() {
    key = simulator.newCredentials();
    okx = new SignedClient(simulator.server().baseUrl()).as(key, Instant::now);
  }

  @Test
  void placeQueryAmendCancelALimitOrder() {
    SignedClient.Reply placed = okx.post("/api/v5/trade/order", FAR_BUY.replace("}", ",\"clOrdId\":\"flow1\",\"tag\":\"t1\"}"));

    assertThat(placed.status()).isEqualTo(200);
    assertThat(placed.code()).isEqualTo("0");
    assertThat(placed.json().path("inTime").asText()).matches("\\d{16}");
    assertThat(placed.json().path("outTime").asText()).matches("\\d{16}");
    JsonNode item = placed.first();
    assertThat(item.path("sCode").asText()).isEqualTo("0");
    assertThat(item.path("sMsg").asText()).isEqualTo("Order placed");
    assertThat(item.path("clOrdId").asText()).isEqualTo("flow1");
    assertThat(item.path("tag").asText()).isEqualTo("t1");
    String ordId = item.path("ordId").asText();
    assertThat(ordId).matches("\\d{18,19}");

    JsonNode order = okx.get("/api/v5/trade/order?instId=BTC-USDT&ordId=" + ordId).first();
    assertThat(order.path("state").asText()).isEqualTo("live");
    assertThat(order.path("px").asText()).isEqualTo("20000");
    assertThat(order.path("accFillSz").asText()).isEqualTo("0");
    assertThat(order.path("avgPx").asText()).isEmpty();
    assertThat(okx.get("/api/v5/trade/order?instId=BTC-USDT&clOrdId=flow1").first().path("ordId").asText())
        .isEqualTo(ordId);
    assertThat(okx.get("/api/v5/trade/orders-pending?instType=SPOT").data())
        .extracting(n -> n.path("ordId").asText()).containsExactly(ordId);
    assertThat(usdt("frozenBal")).isEqualByComparingTo("200");

    SignedClient.Reply amended = okx.post("/api/v5/trade/amend-order",
        "{\"instId\":\"BTC-USDT\",\"ordId\":\"" + ordId + "\",\"newPx\":\"21000\",\"reqId\":\"r1\"}");
    assertThat(amended.first().path("sCode").asText()).isEqualTo("0");
    assertThat(amended.first().path("reqId").asText()).isEqualTo("r1");
    assertThat(usdt("frozenBal")).isEqualByComparingTo("210");

    SignedClient.Reply cancelled = okx.post("/api/v5/trade/cancel-order",
        "{\"instId\":\"BTC-USDT\",\"ordId\":\"" + ordId + "\"}");
    assertThat(cancelled.first().path("sCode").asText()).isEqualTo("0");
    assertThat(okx.get("/api/v5/trade/orders-pending").data()).isEmpty();
    assertThat(okx.get("/api/v5/trade/orders-history?instType=SPOT").first().path("state").asText())
        .isEqualTo("canceled");
    assertThat(usdt("frozenBal")).isEqualByComparingTo("0");
    assertThat(usdt("availBal")).isEqualByComparingTo("10000");

    SignedClient.Reply again = okx.post("/api/v5/trade/cancel-order", "{\"instId\":\"BTC-USDT\",\"ordId\":\"" + ordId + "\"}");
    assertThat(again.code()).isEqualTo("1");
    assertThat(again.json().path("msg").asText()).isEqualTo("All operations failed");
    assertThat(again.first().path("sCode").asText()).isEqualTo("51401");
    assertThat(again.first().path("sMsg").asText()).isEqualTo("Cancellation failed as the order is already canceled.");
  }

  @Test
  void aMarketOrderFillsAndMovesTheBalance() {
    SignedClient.Reply placed = okx.post("/api/v5/trade/order",
        "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"100\"}");
    String ordId = placed.first().path("ordId").asText();

    JsonNode order = okx.get("/api/v5/trade/order?instId=BTC-USDT&ordId=" + ordId).first();
    assertThat(order.path("state").asText()).isEqualTo("filled");
    assertThat(order.path("tgtCcy").asText()).isEqualTo("quote_ccy");
    BigDecimal bought = new BigDecimal(order.path("accFillSz").asText());
    assertThat(bought).isPositive();
    assertThat(order.path("feeCcy").asText()).isEqualTo("BTC");
    assertThat(usdt("availBal").add(new BigDecimal(order.path("avgPx").asText()).multiply(bought)))
        .isEqualByComparingTo("10000");
    JsonNode fill = okx.get("/api/v5/trade/fills?instId=BTC-USDT").first();
    assertThat(fill.path("ordId").asText()).isEqualTo(ordId);
    assertThat(fill.path("execType").asText()).isEqualTo("T");
    assertThat(fill.path("fee").asText()).startsWith("-");
    assertThat(okx.get("/api/v5/trade/fills-history?instType=SPOT").data()).hasSize(1);
    assertThat(balance("BTC", "availBal")).isGreaterThan(BigDecimal.ONE);
  }

  /** OKX: {@code tgtCcy=quote_ccy} sizes a SPOT market order in quote, for sells as for buys. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"buy, market", "buy, optimal_limit_ioc", "sell, market", "sell, optimal_limit_ioc"})
  void aMarketOrderSizedInQuoteTradesThatMuchQuote(String side, String ordType) {
    SignedClient.Reply placed = okx.post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\""
        + side + "\",\"ordType\":\"" + ordType + "\",\"sz\":\"1000\",\"tgtCcy\":\"quote_ccy\"}");

    assertThat(placed.status()).isEqualTo(200);
    assertThat(placed.first().path("sCode").asText()).isEqualTo("0");
    JsonNode order = okx.get("/api/v5/trade/order?instId=BTC-USDT&ordId=" + placed.first().path("ordId").asText())
        .first();
    assertThat(order.path("state").asText()).isEqualTo("filled");
    assertThat(order.path("tgtCcy").asText()).isEqualTo("quote_ccy");
    BigDecimal base = BigDecimal.ZERO;
    BigDecimal quote = BigDecimal.ZERO;
    BigDecimal fee = BigDecimal.ZERO;
    for (JsonNode fill : okx.get("/api/v5/trade/fills?instId=BTC-USDT").data()) {
      base = base.add(new BigDecimal(fill.path("fillSz").asText()));
      quote = quote.add(new BigDecimal(fill.path("fillPx").asText()).multiply(new BigDecimal(fill.path("fillSz").asText())));
      fee = fee.add(new BigDecimal(fill.path("fee").asText()));
    }
    assertThat(quote).isLessThanOrEqualTo(new BigDecimal("1000")).isGreaterThan(new BigDecimal("999.99"));
    assertThat(order.path("accFillSz").asText()).isEqualTo(base.stripTrailingZeros().toPlainString());
    if (side.equals("buy")) {
      assertThat(usdt("availBal")).isEqualByComparingTo(new BigDecimal("10000").subtract(quote));
      assertThat(balance("BTC", "availBal")).isEqualByComparingTo(BigDecimal.ONE.add(base).add(fee));
    } else {
      assertThat(usdt("availBal")).isEqualByComparingTo(new BigDecimal("10000").add(quote).add(fee));
      assertThat(balance("BTC", "availBal")).isEqualByComparingTo(BigDecimal.ONE.subtract(base));
    }
    assertThat(usdt("frozenBal")).isEqualByComparingTo("0");
    assertThat(balance("BTC", "frozenBal")).isEqualByComparingTo("0");
  }

  @Test
  void aBatchAnswersPerOrderWithCodeTwoWhenSomeFail() {
    String bad = FAR_BUY.replace("BTC-USDT", "NOPE-USDT");
    SignedClient.Reply reply = okx.post("/api/v5/trade/batch-orders", "[" + FAR_BUY + "," + bad + "]");

    assertThat(reply.code()).isEqualTo("2");
    assertThat(reply.json().path("msg").asText()).isEqualTo("Bulk operation partially succeeded.");
    assertThat(reply.data().path(0).path("sCode").asText()).isEqualTo("0");
    assertThat(reply.data().path(1).path("sCode").asText()).isEqualTo("51001");
    assertThat(reply.data().path(1).path("ordId").asText()).isEmpty();

    String ordId = reply.data().path(0).path("ordId").asText();
    SignedClient.Reply cancelled = okx.post("/api/v5/trade/cancel-batch-orders",
        "[{\"instId\":\"BTC-USDT\",\"ordId\":\"" + ordId + "\"},{\"instId\":\"BTC-USDT\",\"ordId\":\"1\"}]");
    assertThat(cancelled.code()).isEqualTo("2");
    assertThat(cancelled.data()).extracting(n -> n.path("sCode").asText()).containsExactly("0", "51400");
  }

  @Test
  void refusesABatchOfMoreThanTwentyOrders() {
    StringJoiner orders = new StringJoiner(",", "[", "]");
    for (int i = 0; i < 21; i++) {
      orders.add(FAR_BUY);
    }

    SignedClient.Reply reply = okx.post("/api/v5/trade/batch-orders", orders.toString());

    assertThat(reply.code()).isEqualTo("51111");
    assertThat(reply.json().path("msg").asText()).isEqualTo("Maximum 20 orders can be placed in bulk.");
    assertThat(okx.get("/api/v5/trade/orders-pending").data()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing instId|{\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1\",\"sz\":\"1\"}|400|50014|Parameter instId can not be empty.",
      "empty instId|{\"instId\":\"\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1\",\"sz\":\"1\"}|400|50014|Parameter instId can not be empty.",
      "negative sz|{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1\",\"sz\":\"-1\"}|400|51000|Parameter sz error",
      "zero sz|{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1\",\"sz\":\"0\"}|400|51000|Parameter sz error",
      "text sz|{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1\",\"sz\":\"lots\"}|400|51000|Parameter sz error",
      "bad side|{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"hold\",\"ordType\":\"limit\",\"px\":\"1\",\"sz\":\"1\"}|400|51000|Parameter side error",
      "bad ordType|{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"stop\",\"px\":\"1\",\"sz\":\"1\"}|400|51000|Parameter ordType error",
      "invalid JSON|{\"instId\":|400|50002|JSON syntax error",
      "trailing garbage|{\"instId\":\"BTC-USDT\"} x|400|50002|JSON syntax error"})
  void refusesMalformedOrdersWithoutChangingState(String name, String body, int status, String code, String msg) {
    SignedClient.Reply reply = okx.post("/api/v5/trade/order", body);

    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.code()).isEqualTo(code);
    assertThat(reply.json().path("msg").asText()).isEqualTo(msg);
    assertThat(okx.get("/api/v5/trade/orders-pending").data()).isEmpty();
    assertThat(usdt("availBal")).isEqualByComparingTo("10000");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown instrument|NOPE-USDT|0.01|20000|51001",
      "too many decimals in sz|BTC-USDT|0.000000001|20000|51121",
      "below minimum|BTC-USDT|0.000001|20000|51020",
      "price off the tick|BTC-USDT|0.01|20000.05|51000",
      "more than the balance|BTC-USDT|1|20000|51008"})
  void refusesOrdersOkxWouldRefusePerOrder(String name, String instId, String sz, String px, String sCode) {
    SignedClient.Reply reply = okx.post("/api/v5/trade/order", "{\"instId\":\"" + instId
        + "\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"" + px + "\",\"sz\":\"" + sz + "\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.code()).isEqualTo("1");
    assertThat(reply.first().path("sCode").asText()).isEqualTo(sCode);
    assertThat(okx.get("/api/v5/trade/orders-pending").data()).isEmpty();
    assertThat(usdt("availBal")).isEqualByComparingTo("10000");
  }

  @Test
  void emptyBodyIs50000() {
    SignedClient.Reply reply = okx.post("/api/v5/trade/order", "");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"code\":\"50000\",\"msg\":\"Body for POST request cannot be empty.\",\"data\":[]}");
  }

  @Test
  void acceptsParametersOkxAcceptsButTheSimulatorDoesNotModel() {
    SignedClient.Reply reply = okx.post("/api/v5/trade/order", FAR_BUY.replace("}",
        ",\"reduceOnly\":false,\"tgtCcy\":\"\",\"banAmend\":\"false\",\"attachAlgoOrds\":null,\"stpMode\":\"cancel_maker\",\"quickMgnType\":\"\"}"));

    assertThat(reply.first().path("sCode").asText()).isEqualTo("0");
  }

  @Test
  void aReadOnlyKeyCannotTrade() {
    OkxCredentials readOnly = simulator.server()
        .addCredentials(simulator.newCredentials().withPermissions(EnumSet.of(Permission.READ_ONLY)));
    SignedClient.Signed client = new SignedClient(simulator.server().baseUrl()).as(readOnly, Instant::now);

    SignedClient.Reply reply = client.post("/api/v5/trade/order", FAR_BUY);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"msg\":\"This API key doesn't have permission to use this function\",\"code\":\"50120\"}");
    assertThat(client.get("/api/v5/account/balance").code()).isEqualTo("0");
  }

  @Test
  void unknownOrderIs51603() {
    SignedClient.Reply reply = okx.get("/api/v5/trade/order?instId=BTC-USDT&ordId=123");

    assertThat(reply.body()).isEqualTo("{\"code\":\"51603\",\"msg\":\"Order does not exist\",\"data\":[]}");
  }

  @Test
  void historyNeedsAnInstrumentType() {
    assertThat(okx.get("/api/v5/trade/orders-history").code()).isEqualTo("50014");
    assertThat(okx.get("/api/v5/trade/fills-history").code()).isEqualTo("50014");
  }

  @Test
  void pagesPendingOrdersNewestFirst() {
    String[] ids = new String[3];
    for (int i = 0; i < 3; i++) {
      ids[i] = okx.post("/api/v5/trade/order", FAR_BUY).first().path("ordId").asText();
    }

    assertThat(okx.get("/api/v5/trade/orders-pending?limit=2").data()).extracting(n -> n.path("ordId").asText())
        .containsExactly(ids[2], ids[1]);
    assertThat(okx.get("/api/v5/trade/orders-pending?after=" + ids[1]).data()).extracting(n -> n.path("ordId").asText())
        .containsExactly(ids[0]);
    assertThat(okx.get("/api/v5/trade/orders-pending?limit=101").code()).isEqualTo("51000");
  }

  @Test
  void swapOrdersOpenAPosition() {
    okx.post("/api/v5/trade/order",
        "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"cross\",\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"2\"}");

    JsonNode position = okx.get("/api/v5/account/positions").first();
    assertThat(position.path("instId").asText()).isEqualTo("BTC-USDT-SWAP");
    assertThat(position.path("pos").asText()).isEqualTo("2");
    assertThat(position.path("mgnMode").asText()).isEqualTo("cross");
    assertThat(okx.get("/api/v5/account/account-position-risk").first().path("posData")).hasSize(1);
    assertThat(okx.get("/api/v5/account/positions?instType=MARGIN").data()).isEmpty();
  }

  @Test
  void accountConfigReportsTheKey() {
    JsonNode config = okx.get("/api/v5/account/config").first();

    assertThat(config.path("perm").asText()).isEqualTo("read_only,trade");
    assertThat(config.path("acctLv").asText()).isEqualTo("2");
    assertThat(config.path("posMode").asText()).isEqualTo("net_mode");
  }

  @Test
  void tradeFeesAreLv1AndNegative() {
    JsonNode spot = okx.get("/api/v5/account/trade-fee?instType=SPOT&instId=BTC-USDT").first();
    JsonNode swap = okx.get("/api/v5/account/trade-fee?instType=SWAP").first();

    assertThat(spot.path("maker").asText()).isEqualTo("-0.0008");
    assertThat(spot.path("taker").asText()).isEqualTo("-0.001");
    assertThat(swap.path("takerU").asText()).isEqualTo("-0.0005");
    assertThat(spot.path("fiat").isArray()).isTrue();
  }

  @Test
  void ownTradesAppearInTheMarketsTrades() {
    okx.post("/api/v5/trade/order",
        "{\"instId\":\"ETH-BTC\",\"tdMode\":\"cash\",\"side\":\"sell\",\"ordType\":\"market\",\"sz\":\"0.5\"}");
    String tradeId = okx.get("/api/v5/trade/fills?instId=ETH-BTC").first().path("fillSz").asText();

    JsonNode newest = okx.get("/api/v5/market/trades?instId=ETH-BTC&limit=1").first();
    assertThat(newest.path("side").asText()).isEqualTo("sell");
    assertThat(newest.path("sz").asText()).isEqualTo(tradeId);
  }

  @Test
  void assetEndpointsAnswer() {
    assertThat(okx.get("/api/v5/asset/balances").data()).isEmpty();
    assertThat(okx.get("/api/v5/asset/currencies?ccy=BTC").first().path("canWd").isBoolean()).isTrue();
  }

  private BigDecimal usdt(String field) {
    return balance("USDT", field);
  }

  private BigDecimal balance(String ccy, String field) {
    for (JsonNode detail : okx.get("/api/v5/account/balance?ccy=" + ccy).first().path("details")) {
      return new BigDecimal(detail.path(field).asText());
    }
    return BigDecimal.ZERO;
  }
}
