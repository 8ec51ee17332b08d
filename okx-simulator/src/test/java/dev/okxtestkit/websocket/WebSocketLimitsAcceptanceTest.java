package dev.okxtestkit.websocket;

import static dev.okxtestkit.websocket.WebSocketLoginAcceptanceTest.login;
import static dev.okxtestkit.websocket.WebSocketLoginAcceptanceTest.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OKX's connection rules, over real connections: the {@code channel-conn-count} event always, and with
 * rate limits on (as {@code --rate-limits} sets them) at most 30 connections of an account per private
 * channel and 480 subscribe, unsubscribe and login requests per connection and hour.
 */
class WebSocketLimitsAcceptanceTest {

  private static final Instant NOW = Instant.parse("2026-05-04T03:02:01Z");
  private static final String TS = Long.toString(NOW.getEpochSecond());
  private static final String ORDERS =
      "{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"ANY\"}]}";

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @Test
  void eachSubscriberOfAPrivateChannelLearnsHowManyConnectionsOfItsAccountHaveIt() throws Exception {
    OkxCredentials key = okx.newCredentials();
    try (WsClient first = loggedIn(key); WsClient second = loggedIn(key)) {
      first.send(ORDERS);
      assertThat(connCount(first).path("connCount").asText()).isEqualTo("1");
      second.send(ORDERS);
      JsonNode count = connCount(second);
      assertThat(count.path("channel").asText()).isEqualTo("orders");
      assertThat(count.path("connCount").asText()).isEqualTo("2");
      assertThat(count.path("connId").asText()).hasSize(8);
    }
  }

  @Test
  void withRateLimitsThe31stConnectionOnAChannelIsRefusedIt() throws Exception {
    OkxCredentials key = okx.newCredentials();
    List<WsClient> connections = new ArrayList<>();
    okx.server().control().setRateLimits(true);
    try {
      for (int i = 0; i < 30; i++) {
        WsClient ws = loggedIn(key);
        connections.add(ws);
        ws.send(ORDERS);
        assertThat(connCount(ws).path("event").asText()).isEqualTo("channel-conn-count");
      }
      WsClient extra = loggedIn(key);
      connections.add(extra);
      extra.send(ORDERS);

      assertThat(extra.next().path("event").asText()).as("the ack comes first").isEqualTo("subscribe");
      JsonNode refused = extra.next();
      assertThat(refused.path("event").asText()).isEqualTo("channel-conn-count-error");
      assertThat(refused.path("connCount").asText()).isEqualTo("30");
      okx.client().as(key, () -> NOW).post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
          + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.01\"}");
      assertThat(connections.get(0).next(m -> m.has("data")).path("arg").path("channel").asText())
          .isEqualTo("orders");
      assertThat(extra.quietFor(Duration.ofMillis(300))).as("its subscription was dropped").isTrue();
    } finally {
      okx.server().control().setRateLimits(false);
      connections.forEach(WsClient::close);
    }
  }

  @Test
  void withRateLimitsThe481stSubscribeOrLoginInAnHourIsTooFrequent() throws Exception {
    okx.server().control().setRateLimits(true);
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      String unsubscribe = "{\"op\":\"unsubscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"}]}";
      for (int i = 0; i < 480; i++) {
        ws.send(unsubscribe);
        assertThat(ws.next().path("event").asText()).isEqualTo("unsubscribe");
      }
      ws.send("{\"id\":\"481\",\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"}]}");

      JsonNode tooFrequent = ws.next();
      assertThat(tooFrequent.path("id").asText()).isEqualTo("481");
      assertThat(tooFrequent.path("event").asText()).isEqualTo("error");
      assertThat(tooFrequent.path("code").asText()).isEqualTo("60014");
      assertThat(tooFrequent.path("msg").asText()).isEqualTo("Requests too frequent");
      ws.send("ping");
      assertThat(ws.nextText()).as("the connection stays open").isEqualTo("pong");
    } finally {
      okx.server().control().setRateLimits(false);
    }
  }

  @Test
  void withRateLimitsTheConnectionAskingForAKeys101stSubscriptionIsClosedWith4003() throws Exception {
    OkxCredentials key = okx.newCredentials();
    okx.server().control().setRateLimits(true);
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "business")) {
      ws.send(login(key, TS, sign(key, TS)));
      ws.next();
      List<String> bars = List.of("1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D",
          "1W", "1M", "3M", "6Hutc", "12Hutc", "1Dutc", "2Dutc");
      List<String> instruments = List.of("BTC-USDT", "ETH-USDT", "SOL-USDT", "BTC-USDT-SWAP", "ETH-USDT-SWAP");
      int subscribed = 0;
      for (String instId : instruments) {
        for (String bar : bars) {
          ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"candle" + bar + "\",\"instId\":\"" + instId
              + "\"}]}");
          assertThat(ws.next(m -> m.has("event")).path("event").asText()).isEqualTo("subscribe");
          subscribed++;
        }
      }
      assertThat(subscribed).isEqualTo(100);
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"candle1m\",\"instId\":\"BTC-USDT\"}]}");
      assertThat(ws.next(m -> m.has("event")).path("event").asText()).as("one held already").isEqualTo("subscribe");

      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"candle1Mutc\",\"instId\":\"BTC-USDT\"}]}");

      assertThat(ws.closeCode()).isEqualTo(4003);
    } finally {
      okx.server().control().setRateLimits(false);
    }
  }

  private static WsClient loggedIn(OkxCredentials key) throws InterruptedException {
    WsClient ws = WsClient.connect(okx.server().wsUrl(), "private");
    ws.send(login(key, TS, sign(key, TS)));
    assertThat(ws.next().path("event").asText()).isEqualTo("login");
    return ws;
  }

  private static JsonNode connCount(WsClient ws) throws InterruptedException {
    return ws.next(m -> m.path("event").asText().startsWith("channel-conn-count"));
  }
}
