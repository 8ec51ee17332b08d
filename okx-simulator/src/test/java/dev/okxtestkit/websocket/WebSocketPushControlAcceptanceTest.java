package dev.okxtestkit.websocket;

import static dev.okxtestkit.websocket.WebSocketLoginAcceptanceTest.login;
import static dev.okxtestkit.websocket.WebSocketLoginAcceptanceTest.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import dev.okxtestkit.testing.WsClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Steering the stream over {@code /__admin/okx/ws/...}, as a test of a client's reconnect and recovery
 * logic would: a channel's pushes held back or lost, an error event out of the blue.
 */
class WebSocketPushControlAcceptanceTest {

  private static final Instant NOW = Instant.parse("2026-05-04T03:02:01Z");
  private static final String TS = Long.toString(NOW.getEpochSecond());
  private static final String LIMIT_BUY = "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\","
      + "\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.01\"}";

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @Test
  void anOrdersPushHeldBackArrivesLateAndAWithheldOneNever() throws Exception {
    OkxCredentials key = okx.newCredentials();
    SignedClient.Signed admin = okx.client().as(null, () -> NOW);
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send(login(key, TS, sign(key, TS)));
      ws.next();
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"ANY\"}]}");
      ws.next();

      SignedClient.Reply rules = admin.post("/__admin/okx/ws/pushes", "{\"channel\":\"orders\",\"delayMillis\":400}");
      assertThat(rules.status()).isEqualTo(200);
      assertThat(rules.json().path("rules").path(0).path("delayMillis").asLong()).isEqualTo(400);
      long placed = System.nanoTime();
      okx.client().as(key, () -> NOW).post("/api/v5/trade/order", LIMIT_BUY);
      JsonNode late = ws.next(m -> m.has("data"));
      assertThat(Duration.ofNanos(System.nanoTime() - placed)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
      assertThat(late.path("data").path(0).path("state").asText()).isEqualTo("live");

      admin.post("/__admin/okx/ws/pushes", "{\"channel\":\"orders\",\"withhold\":true}");
      okx.client().as(key, () -> NOW).post("/api/v5/trade/order", LIMIT_BUY);
      assertThat(ws.quietFor(Duration.ofMillis(300))).as("the push is lost").isTrue();

      assertThat(admin.send("DELETE", "/__admin/okx/ws/pushes", "").json().path("rules")).isEmpty();
      admin.post("/__admin/okx/ws/error", "{\"code\":\"64007\",\"msg\":\"Operation failed due to WebSocket internal"
          + " error. Please try again later.\"}");
      JsonNode error = ws.next();
      assertThat(error.path("event").asText()).isEqualTo("error");
      assertThat(error.path("code").asText()).isEqualTo("64007");
      assertThat(error.path("connId").asText()).hasSize(8);
    }
  }

  @Test
  void refusesRulesAndEventsItCannotApply() {
    SignedClient.Signed admin = okx.client().as(null, () -> NOW);

    SignedClient.Reply neither = admin.post("/__admin/okx/ws/pushes", "{\"channel\":\"orders\"}");
    SignedClient.Reply unknown = admin.post("/__admin/okx/ws/pushes", "{\"channel\":\"order\",\"withhold\":true}");
    SignedClient.Reply tooLong = admin.post("/__admin/okx/ws/pushes", "{\"channel\":\"orders\",\"delayMillis\":9e9}");
    SignedClient.Reply noSuchConnection = admin.post("/__admin/okx/ws/error",
        "{\"connId\":\"ffffffff\",\"code\":\"64007\",\"msg\":\"x\"}");
    SignedClient.Reply badCode = admin.post("/__admin/okx/ws/error", "{\"code\":\"oops\",\"msg\":\"x\"}");

    assertThat(neither.status()).isEqualTo(400);
    assertThat(neither.body()).contains("delayMillis");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown channel order");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(noSuchConnection.status()).isEqualTo(404);
    assertThat(badCode.status()).isEqualTo(400);
  }
}
