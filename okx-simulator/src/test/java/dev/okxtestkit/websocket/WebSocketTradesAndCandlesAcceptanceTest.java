package dev.okxtestkit.websocket;

import static dev.okxtestkit.websocket.WebSocketLoginAcceptanceTest.login;
import static dev.okxtestkit.websocket.WebSocketLoginAcceptanceTest.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.WsClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The channels that report what happened rather than what is: {@code trades} (every fill on the public
 * tape), the candle families on {@code /business}, and {@code balance_and_position} (only what changed).
 */
class WebSocketTradesAndCandlesAcceptanceTest {

  private static final Instant NOW = Instant.parse("2026-05-04T03:02:01Z");
  private static final String TS = Long.toString(NOW.getEpochSecond());
  private static final String MARKET_BUY = "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\","
      + "\"ordType\":\"market\",\"sz\":\"100\"}";

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @Test
  void tradesPushEveryFillOnThePublicTapeAndNothingOnSubscribe() throws Exception {
    OkxCredentials key = okx.newCredentials();
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"trades\",\"instId\":\"BTC-USDT\"}]}");
      assertThat(ws.next().path("event").asText()).isEqualTo("subscribe");
      assertThat(ws.quietFor(Duration.ofMillis(200))).as("trades has no snapshot").isTrue();

      okx.client().as(key, () -> NOW).post("/api/v5/trade/order", MARKET_BUY);

      JsonNode push = ws.next(m -> m.has("data"));
      JsonNode trade = push.path("data").path(0);
      assertThat(push.path("arg").path("channel").asText()).isEqualTo("trades");
      assertThat(trade.path("instId").asText()).isEqualTo("BTC-USDT");
      assertThat(trade.path("side").asText()).isEqualTo("buy");
      assertThat(trade.path("count").asText()).isEqualTo("1");
      JsonNode tape = okx.client().get("/api/v5/market/trades?instId=BTC-USDT&limit=1").reply().first();
      assertThat(trade.path("tradeId").asText()).isEqualTo(tape.path("tradeId").asText());
      assertThat(trade.path("px").asText()).isEqualTo(tape.path("px").asText());
    }
  }

  @Test
  void candlesAreServedOnBusinessOnlyAndPushTheCurrentBarWhenItMoves() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "business")) {
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"candle1m\",\"instId\":\"ETH-USDT\"},"
          + "{\"channel\":\"mark-price-candle1H\",\"instId\":\"BTC-USDT-SWAP\"}]}");

      JsonNode bar = ws.next(m -> m.path("arg").path("channel").asText().equals("candle1m") && m.has("data"));
      assertThat(bar.path("data").path(0)).hasSize(9);
      assertThat(bar.path("data").path(0).path(4).asText()).as("close").isEqualTo("2300");
      assertThat(bar.path("data").path(0).path(8).asText()).as("confirm").isEqualTo("0");
      JsonNode mark = ws.next(m -> m.path("arg").path("channel").asText().equals("mark-price-candle1H")
          && m.has("data"));
      assertThat(mark.path("data").path(0).path(4).asText()).isEqualTo("43000");

      okx.server().control().setPrice("ETH-USDT", new BigDecimal("2400"));
      JsonNode moved = ws.next(m -> m.path("arg").path("channel").asText().equals("candle1m"));
      assertThat(moved.path("data").path(0).path(4).asText()).isEqualTo("2400");
      okx.server().control().setPrice("ETH-USDT", new BigDecimal("2300"));

      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"candle7m\",\"instId\":\"ETH-USDT\"}]}");
      JsonNode unknownBar = ws.next(m -> m.path("event").asText().equals("error"));
      assertThat(unknownBar.path("code").asText()).isEqualTo("60018");
    }
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"candle1m\",\"instId\":\"ETH-USDT\"}]}");
      JsonNode wrongPath = ws.next();
      assertThat(wrongPath.path("code").asText()).as("candles on /public, as OKX answers").isEqualTo("60018");
      assertThat(wrongPath.path("msg").asText()).startsWith("Wrong URL or channel:candle1m,instId:ETH-USDT");
    }
  }

  @Test
  void balanceAndPositionSendsASnapshotThenOnlyTheCashThatAFillMoved() throws Exception {
    OkxCredentials key = okx.newCredentials();
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send(login(key, TS, sign(key, TS)));
      assertThat(ws.next().path("event").asText()).isEqualTo("login");
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"balance_and_position\"}]}");
      assertThat(ws.next().path("event").asText()).isEqualTo("subscribe");
      JsonNode count = ws.next();
      assertThat(count.path("event").asText()).isEqualTo("channel-conn-count");
      assertThat(count.path("channel").asText()).isEqualTo("balance_and_position");
      assertThat(count.path("connCount").asText()).isEqualTo("1");

      JsonNode snapshot = ws.next().path("data").path(0);
      assertThat(snapshot.path("eventType").asText()).isEqualTo("snapshot");
      assertThat(cashBalances(snapshot)).containsEntry("USDT", "10000").containsEntry("BTC", "1");
      assertThat(snapshot.path("posData")).isEmpty();

      okx.client().as(key, () -> NOW).post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
          + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.01\"}");
      assertThat(ws.quietFor(Duration.ofMillis(300))).as("a resting order moves no cash").isTrue();

      okx.client().as(key, () -> NOW).post("/api/v5/trade/order", MARKET_BUY);
      String tradeId = okx.client().get("/api/v5/market/trades?instId=BTC-USDT&limit=1").reply().first()
          .path("tradeId").asText();
      JsonNode filled = ws.next().path("data").path(0);

      assertThat(filled.path("eventType").asText()).isEqualTo("filled");
      String usdt = okx.client().as(key, () -> NOW).get("/api/v5/account/balance?ccy=USDT").first()
          .path("details").path(0).path("cashBal").asText();
      assertThat(new BigDecimal(usdt)).isLessThan(new BigDecimal("10000"));
      assertThat(cashBalances(filled)).as("only what the fill moved").containsOnlyKeys("USDT", "BTC")
          .containsEntry("USDT", usdt);
      assertThat(filled.path("trades").path(0).path("instId").asText()).isEqualTo("BTC-USDT");
      assertThat(filled.path("trades").path(0).path("tradeId").asText()).isEqualTo(tradeId);
    }
  }

  private static Map<String, String> cashBalances(JsonNode data) {
    Map<String, String> cash = new TreeMap<>();
    data.path("balData").forEach(row -> cash.put(row.path("ccy").asText(), row.path("cashBal").asText()));
    return cash;
  }
}
