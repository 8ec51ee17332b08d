package dev.okxtestkit.websocket;

import static dev.okxtestkit.websocket.WebSocketLoginAcceptanceTest.login;
import static dev.okxtestkit.websocket.WebSocketLoginAcceptanceTest.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import dev.okxtestkit.testing.WsClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Subscriptions and pushes over real WebSocket connections: market channels follow the simulated
 * market, private channels follow each key's own orders and balances, and trading ops go through the
 * same checks and matching as REST.
 */
class WebSocketChannelsAcceptanceTest {

  private static final Instant NOW = Instant.parse("2026-05-04T03:02:01Z");
  private static final String TS = Long.toString(NOW.getEpochSecond());

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @Test
  void tickersAckThenSnapshotThenAPushOnEveryPriceMove() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("{\"id\":\"7\",\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"ETH-USDT\"}]}");

      JsonNode ack = ws.next();
      assertThat(ack.path("id").asText()).isEqualTo("7");
      assertThat(ack.path("event").asText()).isEqualTo("subscribe");
      assertThat(ack.path("arg").path("instId").asText()).isEqualTo("ETH-USDT");
      JsonNode snapshot = ws.next();
      assertThat(snapshot.path("arg").path("channel").asText()).isEqualTo("tickers");
      assertThat(snapshot.path("data").path(0).path("last").asText()).isEqualTo("2300");

      okx.server().control().setPrice("ETH-USDT", new BigDecimal("2345.67"));

      assertThat(ws.next().path("data").path(0).path("last").asText()).isEqualTo("2345.67");
      okx.server().control().setPrice("ETH-USDT", new BigDecimal("2300"));
    }
  }

  @Test
  void tickersGoOutAtMostEvery100MsWithTheLatestStateAsOnOkx() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"SOL-USDT\"}]}");
      ws.next(m -> m.has("data")); // the snapshot
      while (!ws.quietFor(Duration.ofMillis(150))) {
        // a push another test's change left waiting: now no SOL-USDT push for the last 100 ms
      }

      long start = System.nanoTime();
      for (int move = 1; move <= 20; move++) {
        okx.server().control().setPrice("SOL-USDT", new BigDecimal(100 + move));
      }
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
      List<String> pushed = new ArrayList<>();
      for (Optional<JsonNode> push = Optional.of(ws.next()); push.isPresent();
          push = ws.nextWithin(Duration.ofMillis(300))) {
        pushed.add(push.get().path("data").path(0).path("last").asText());
      }

      assertThat(pushed.get(0)).as("the first move after a quiet 100 ms: at once").isEqualTo("101");
      assertThat(pushed.get(pushed.size() - 1)).as("the last state always goes out").isEqualTo("120");
      assertThat(pushed).as("20 moves in %d ms: one push per 100 ms at most, not one per move", elapsedMillis)
          .hasSizeLessThanOrEqualTo(2 + (int) (elapsedMillis / 100));
    } finally {
      okx.server().control().setPrice("SOL-USDT", new BigDecimal("100"));
    }
  }

  @Test
  void books5AndMarkPriceSnapshotsFollowTheMarket() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"books5\",\"instId\":\"SOL-USDT\"},"
          + "{\"channel\":\"mark-price\",\"instId\":\"BTC-USDT-SWAP\"}]}");

      JsonNode book = ws.next(m -> m.path("arg").path("channel").asText().equals("books5") && m.has("data"));
      assertThat(book.path("data").path(0).path("asks")).hasSize(5);
      assertThat(book.path("data").path(0).path("instId").asText()).isEqualTo("SOL-USDT");
      JsonNode mark = ws.next(m -> m.path("arg").path("channel").asText().equals("mark-price") && m.has("data"));
      assertThat(mark.path("data").path(0).path("markPx").asText()).isEqualTo("43000");

      okx.server().control().setBook("SOL-USDT", List.of(BookLevel.of("99", "3")), List.of(BookLevel.of("101", "2")));

      JsonNode moved = ws.next(m -> m.path("arg").path("channel").asText().equals("books5"));
      assertThat(moved.path("data").path(0).path("bids").path(0).path(0).asText()).isEqualTo("99");
      okx.server().control().setPrice("SOL-USDT", new BigDecimal("100"));

      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"bbo-tbt\",\"instId\":\"SOL-USDT\"},"
          + "{\"channel\":\"funding-rate\",\"instId\":\"BTC-USDT-SWAP\"},"
          + "{\"channel\":\"funding-rate\",\"instId\":\"SOL-USDT\"}]}");
      JsonNode bbo = ws.next(m -> m.path("arg").path("channel").asText().equals("bbo-tbt") && m.has("data"));
      assertThat(bbo.path("data").path(0).path("asks")).hasSize(1);
      JsonNode funding = ws.next(m -> m.path("arg").path("channel").asText().equals("funding-rate") && m.has("data"));
      assertThat(funding.path("data").path(0).path("fundingRate").asText()).isEqualTo("0.0001");
      assertThat(ws.next(m -> m.path("event").asText().equals("error")).path("code").asText())
          .as("funding-rate of a spot pair").isEqualTo("60018");
    }
  }

  @Test
  void privateChannelsNeedALoginAndPushTheKeysOwnOrdersAndBalances() throws Exception {
    OkxCredentials key = okx.newCredentials();
    OkxCredentials other = okx.newCredentials();
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"ANY\"}]}");
      assertThat(ws.next().path("code").asText()).isEqualTo("60011");

      ws.send(login(key, TS, sign(key, TS)));
      assertThat(ws.next().path("event").asText()).isEqualTo("login");
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"ANY\"},"
          + "{\"channel\":\"account\",\"ccy\":\"USDT\"}]}");
      ws.next(m -> m.path("event").asText().equals("subscribe") && m.path("arg").path("channel").asText().equals("orders"));
      JsonNode account = ws.next(m -> m.path("eventType").asText().equals("snapshot"));
      assertThat(account.path("arg").path("uid").asText()).isNotEmpty();
      assertThat(account.path("data").path(0).path("details").path(0).path("availBal").asText()).isEqualTo("10000");

      SignedClient.Signed rest = okx.client().as(other, () -> NOW);
      rest.post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\","
          + "\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.01\"}");
      assertThat(ws.quietFor(Duration.ofMillis(300))).as("another key's order is not pushed here").isTrue();

      String ordId = okx.client().as(key, () -> NOW).post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\","
          + "\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.01\"}")
          .first().path("ordId").asText();

      JsonNode order = null;
      JsonNode update = null;
      while (order == null || update == null) { // the two channels' pushes come in either order
        JsonNode push = ws.next(m -> m.has("data"));
        if (push.path("arg").path("channel").asText().equals("orders")) {
          order = push;
        } else {
          update = push;
        }
      }
      assertThat(order.path("data").path(0).path("ordId").asText()).isEqualTo(ordId);
      assertThat(order.path("data").path(0).path("state").asText()).isEqualTo("live");
      assertThat(update.path("eventType").asText()).isEqualTo("event_update");
      assertThat(update.path("data").path(0).path("details").path(0).path("frozenBal").asText()).isEqualTo("200");
    }
  }

  @Test
  void ordersPlacedOverTheWebSocketAreCheckedAndFilledAsRestOnes() throws Exception {
    OkxCredentials key = okx.newCredentials();
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send(login(key, TS, sign(key, TS)));
      ws.next();
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"SPOT\",\"instId\":\"BTC-USDT\"}]}");
      ws.next();

      ws.send("{\"id\":\"o1\",\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"sell\","
          + "\"ordType\":\"market\",\"sz\":\"0.1\"}]}");

      JsonNode reply = ws.next(m -> m.path("id").asText().equals("o1"));
      assertThat(reply.path("op").asText()).isEqualTo("order");
      assertThat(reply.path("code").asText()).isEqualTo("0");
      assertThat(reply.path("data").path(0).path("sCode").asText()).isEqualTo("0");
      String ordId = reply.path("data").path(0).path("ordId").asText();
      JsonNode filled = ws.next(m -> m.path("data").path(0).path("state").asText().equals("filled"));
      assertThat(filled.path("data").path(0).path("ordId").asText()).isEqualTo(ordId);
      assertThat(okx.server().control().balances(key.apiKey()).stream()
          .filter(b -> b.currency().equals("BTC")).findFirst().orElseThrow().available()).isEqualByComparingTo("0.9");

      ws.send("{\"id\":\"o2\",\"op\":\"batch-orders\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
          + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.01\"},{\"instId\":\"NOPE\","
          + "\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1\",\"sz\":\"1\"}]}");
      JsonNode batch = ws.next(m -> m.path("id").asText().equals("o2"));
      assertThat(batch.path("code").asText()).isEqualTo("2");
      assertThat(batch.path("data")).extracting(d -> d.path("sCode").asText()).containsExactly("0", "51001");
      String resting = batch.path("data").path(0).path("ordId").asText();

      ws.send("{\"id\":\"o3\",\"op\":\"cancel-order\",\"args\":[{\"instId\":\"BTC-USDT\",\"ordId\":\"" + resting + "\"}]}");
      assertThat(ws.next(m -> m.path("id").asText().equals("o3")).path("data").path(0).path("sCode").asText())
          .isEqualTo("0");
      assertThat(ws.next(m -> m.path("data").path(0).path("state").asText().equals("canceled"))
          .path("data").path(0).path("ordId").asText()).isEqualTo(resting);
    }
  }

  @Test
  void ordersMayNameTheirInstrumentByInstIdCodeAsCcxtDoes() throws Exception {
    long code = okx.client().get("/api/v5/public/instruments?instType=SPOT&instId=ETH-USDT").reply().first()
        .path("instIdCode").asLong();
    OkxCredentials key = okx.newCredentials();
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send(login(key, TS, sign(key, TS)));
      ws.next();

      ws.send("{\"id\":\"c1\",\"op\":\"order\",\"args\":[{\"instIdCode\":" + code + ",\"tdMode\":\"cash\","
          + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1000\",\"sz\":\"0.01\"}]}");
      ws.send("{\"id\":\"c2\",\"op\":\"order\",\"args\":[{\"instIdCode\":999999,\"tdMode\":\"cash\","
          + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1000\",\"sz\":\"0.01\"}]}");

      assertThat(code).isPositive();
      assertThat(ws.next(m -> m.path("id").asText().equals("c1")).path("data").path(0).path("sCode").asText())
          .isEqualTo("0");
      assertThat(ws.next(m -> m.path("id").asText().equals("c2")).path("data").path(0).path("sCode").asText())
          .isEqualTo("51001");
      assertThat(okx.server().control().orders(key.apiKey())).singleElement()
          .satisfies(o -> assertThat(o.instId()).isEqualTo("ETH-USDT"));
    }
  }

  @Test
  void ordersAlgoOnBusinessPushesAStopFromPlacementToItsTrigger() throws Exception {
    OkxCredentials key = okx.newCredentials();
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "business")) {
      ws.send(login(key, TS, sign(key, TS)));
      ws.next();
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders-algo\",\"instType\":\"SPOT\"}]}");
      assertThat(ws.next().path("event").asText()).isEqualTo("subscribe");

      String algoId = okx.client().as(key, () -> NOW).post("/api/v5/trade/order-algo", "{\"instId\":\"BTC-USDT\","
          + "\"tdMode\":\"cash\",\"side\":\"sell\",\"ordType\":\"conditional\",\"sz\":\"0.1\","
          + "\"slTriggerPx\":\"40000\",\"slOrdPx\":\"-1\"}").first().path("algoId").asText();

      JsonNode live = ws.next(m -> m.has("data"));
      assertThat(live.path("arg").path("channel").asText()).isEqualTo("orders-algo");
      assertThat(live.path("data").path(0).path("algoId").asText()).isEqualTo(algoId);
      assertThat(live.path("data").path(0).path("state").asText()).isEqualTo("live");

      okx.server().control().setPrice("BTC-USDT", new BigDecimal("39000"));

      JsonNode effective = ws.next(m -> m.path("data").path(0).path("state").asText().equals("effective"));
      assertThat(effective.path("data").path(0).path("ordId").asText()).isNotEmpty();
      okx.server().control().setPrice("BTC-USDT", new BigDecimal("43000"));
    }
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send(login(key, TS, sign(key, TS)));
      ws.next();
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders-algo\",\"instType\":\"ANY\"}]}");
      assertThat(ws.next().path("code").asText()).as("orders-algo lives on /business").isEqualTo("60018");
    }
  }

  @Test
  void theControlApiSendsTheUpgradeNoticeAndDropsAConnectionSoClientsCanTestReconnects() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("ping");
      ws.nextText();
      String connId = okx.server().control().connections().stream()
          .filter(c -> c.path().equals("public")).findFirst().orElseThrow().connId();

      okx.server().control().sendUpgradeNotice();

      JsonNode notice = ws.next();
      assertThat(notice.path("event").asText()).isEqualTo("notice");
      assertThat(notice.path("code").asText()).isEqualTo("64008");
      assertThat(notice.path("connId").asText()).isEqualTo(connId);
      okx.server().control().dropConnections(java.util.Optional.of(connId));
      assertThat(ws.closeCode()).isEqualTo(4006);
    }
  }

  @Test
  void tradingNeedsTheTradePermissionALoginAndThePrivatePath() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("{\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\"}]}");
      assertThat(ws.next().path("code").asText()).isEqualTo("60028");
    }
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send("{\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\"}]}");
      assertThat(ws.next().path("code").asText()).isEqualTo("60011");
      OkxCredentials reader = okx.server().addCredentials(okx.newCredentials()
          .withPermissions(java.util.EnumSet.of(dev.okxtestkit.signing.Permission.READ_ONLY)));
      ws.send(login(reader, TS, sign(reader, TS)));
      ws.next();
      ws.send("{\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\","
          + "\"ordType\":\"market\",\"sz\":\"1\"}]}");
      assertThat(ws.next().path("code").asText()).isEqualTo("50120");
    }
  }

  @Test
  void badFramesGetOkxsErrorEventsAndTheConnectionLives() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("{not json");
      JsonNode invalid = ws.next();
      assertThat(invalid.path("event").asText()).isEqualTo("error");
      assertThat(invalid.path("code").asText()).isEqualTo("60012");
      assertThat(invalid.path("msg").asText()).isEqualTo("Invalid request: {not json");
      ws.send("{\"op\":\"fly\",\"args\":[{}]}");
      assertThat(ws.next().path("msg").asText()).isEqualTo("Invalid op: fly");
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickerz\",\"instId\":\"BTC-USDT\"}]}");
      JsonNode unknown = ws.next();
      assertThat(unknown.path("code").asText()).isEqualTo("60018");
      assertThat(unknown.path("msg").asText()).startsWith("Wrong URL or channel:tickerz,instId:BTC-USDT doesn't exist.");
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"NOPE-USDT\"}]}");
      assertThat(ws.next().path("code").asText()).isEqualTo("60018");
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"ANY\"}]}");
      assertThat(ws.next().path("code").asText()).as("a private channel on /public").isEqualTo("60018");
      ws.sendBinary(new byte[] {1, 2, 3});
      assertThat(ws.next().path("code").asText()).isEqualTo("60012");

      ws.send("ping");
      assertThat(ws.nextText()).isEqualTo("pong");
      assertThat(ws.pingFrame()).as("a protocol ping frame gets a pong frame").isTrue();
    }
  }

  @Test
  void aFrameOverOkxsLimitClosesTheConnectionWith1009AndTheServerServesOn() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"" + "x".repeat(70 * 1024) + "\"}]}");

      assertThat(ws.closeCode()).isEqualTo(1009);
    }
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("ping");
      assertThat(ws.nextText()).isEqualTo("pong");
    }
  }

  @Test
  void aPathOkxDoesNotServeFailsTheHandshake() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WsClient.connect(okx.server().wsUrl(), "nope"))
        .hasMessageContaining("cannot connect");
    assertThat(okx.server().wsUrl()).matches("ws://127\\.0\\.0\\.1:\\d+/ws/v5/");
  }
}
