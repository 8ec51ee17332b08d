package dev.okxtestkit.endpoints;

import dev.okxtestkit.testing.SignedClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.faults.FaultAction;
import dev.okxtestkit.faults.FaultRule;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Steering the simulator through {@code /__admin/okx/...}, as a test in any language would. */
class ControlAcceptanceTest {

  private static final Instant NOW = Instant.parse("2026-05-06T07:08:09.010Z");
  private static final String FAR_BUY =
      "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"40000\",\"sz\":\"0.01\"}";

  private final SimulatorClock clock = SimulatorClock.fixed(NOW);
  private OkxSimulatorServer server;
  private SignedClient.Signed admin;
  private SignedClient.Signed okx;
  private OkxCredentials key;

  @BeforeEach
  void start() {
    server = OkxSimulatorServer.builder().clock(clock).start();
    admin = new SignedClient(server.baseUrl()).as(null, clock::instant);
    key = server.newCredentials();
    okx = new SignedClient(server.baseUrl()).as(key, clock::instant);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void movingThePriceFillsARestingOrder() {
    String ordId = okx.post("/api/v5/trade/order", FAR_BUY).first().path("ordId").asText();

    SignedClient.Reply moved = admin.post("/__admin/okx/markets/BTC-USDT/price", "{\"price\":\"39000\"}");

    assertThat(moved.status()).isEqualTo(200);
    JsonNode order = okx.get("/api/v5/trade/order?instId=BTC-USDT&ordId=" + ordId).first();
    assertThat(order.path("state").asText()).isEqualTo("filled");
    assertThat(order.path("avgPx").asText()).isEqualTo("40000");
    assertThat(okx.get("/api/v5/market/ticker?instId=BTC-USDT").first().path("last").asText()).isEqualTo("40000");
  }

  @Test
  void settingTheBookLetsAnOrderFillPartly() {
    admin.post("/__admin/okx/markets/BTC-USDT/book", "{\"bids\":[[\"39990\",\"1\"]],\"asks\":[[\"40000\",\"0.004\"]]}");

    String ordId = okx.post("/api/v5/trade/order", FAR_BUY).first().path("ordId").asText();

    JsonNode order = okx.get("/api/v5/trade/order?instId=BTC-USDT&ordId=" + ordId).first();
    assertThat(order.path("state").asText()).isEqualTo("partially_filled");
    assertThat(order.path("accFillSz").asText()).isEqualTo("0.004");
    JsonNode book = okx.get("/api/v5/market/books?instId=BTC-USDT&sz=5").first();
    assertThat(book.path("asks")).isEmpty();
  }

  @Test
  void suspendedInstrumentsRefuseOrders() {
    admin.post("/__admin/okx/markets/BTC-USDT/state", "{\"state\":\"suspend\"}");

    assertThat(okx.post("/api/v5/trade/order", FAR_BUY).first().path("sCode").asText()).isEqualTo("51022");
  }

  @Test
  void setsAndResetsBalances() {
    admin.post("/__admin/okx/accounts/" + key.apiKey() + "/balances", "{\"USDT\":\"123.45\",\"SOL\":\"7\"}");

    JsonNode details = okx.get("/api/v5/account/balance").first().path("details");
    assertThat(details.findValuesAsText("ccy")).contains("SOL", "USDT");
    assertThat(okx.get("/api/v5/account/balance?ccy=USDT").first().path("details").path(0).path("availBal").asText())
        .isEqualTo("123.45");

    admin.post("/__admin/okx/accounts/" + key.apiKey() + "/reset", "");

    assertThat(okx.get("/api/v5/account/balance?ccy=USDT").first().path("details").path(0).path("availBal").asText())
        .isEqualTo("10000");
  }

  @Test
  void controlsTheClock() {
    admin.post("/__admin/okx/clock", "{\"advanceMillis\":31000}");

    SignedClient.Reply stale = okx.get("/api/v5/account/balance"); // signed at the client's clock, which is the simulator's
    assertThat(stale.code()).isEqualTo("0");
    SignedClient.Signed lagging = new SignedClient(server.baseUrl()).as(key, () -> NOW);
    assertThat(lagging.get("/api/v5/account/balance").code()).isEqualTo("50102");
    assertThat(admin.get("/__admin/okx/clock").json().path("now").asText()).isEqualTo("2026-05-06T07:08:40.010Z");
  }

  @Test
  void injectsAnOkxErrorForTheNextCalls() {
    admin.post("/__admin/okx/faults",
        "{\"type\":\"okx-error\",\"code\":\"50001\",\"msg\":\"Service temporarily unavailable\",\"httpStatus\":503,"
            + "\"path\":\"/api/v5/trade/order\",\"times\":2}");

    for (int i = 0; i < 2; i++) {
      SignedClient.Reply reply = okx.post("/api/v5/trade/order", FAR_BUY);
      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.body()).isEqualTo("{\"code\":\"50001\",\"msg\":\"Service temporarily unavailable\",\"data\":[]}");
    }
    assertThat(okx.post("/api/v5/trade/order", FAR_BUY).code()).isEqualTo("0");
    assertThat(okx.get("/api/v5/trade/orders-pending").data()).hasSize(1); // the failed calls changed nothing
  }

  @Test
  void injectsFaultsPerKey() {
    OkxCredentials other = server.newCredentials();
    server.control().addFault(new FaultRule(Optional.empty(), Optional.of(key.apiKey()),
        new FaultAction.Throttle(), 1, 1.0));

    assertThat(new SignedClient(server.baseUrl()).as(other, clock::instant).get("/api/v5/account/balance").code()).isEqualTo("0");
    SignedClient.Reply throttled = okx.get("/api/v5/account/balance");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.body()).isEqualTo("{\"msg\":\"Too Many Requests\",\"code\":\"50011\"}");
  }

  @Test
  void injectsHttpErrorsDelaysAndDroppedConnections() {
    server.control().addFault(FaultRule.once("/api/v5/public/time", new FaultAction.HttpStatus(502)));
    assertThat(admin.get("/api/v5/public/time").status()).isEqualTo(502);

    server.control().addFault(FaultRule.once("/api/v5/public/time", new FaultAction.Delay(Duration.ofMillis(400))));
    long start = System.nanoTime();
    assertThat(admin.get("/api/v5/public/time").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));

    // Twice: the JDK client retries a GET once when its connection closes before any answer.
    server.control().addFault(new FaultRule(Optional.of("/api/v5/public/time"), Optional.empty(),
        new FaultAction.DropConnection(), 2, 1.0));
    assertThatThrownBy(() -> admin.get("/api/v5/public/time")).isInstanceOf(UncheckedIOException.class);
    server.control().clearFaults();
    assertThat(admin.get("/api/v5/public/time").status()).isEqualTo(200);
  }

  @Test
  void probabilisticFaultsRepeatWithTheSameSeed() {
    assertThat(faultPattern()).isEqualTo(faultPattern());
  }

  private List<Integer> faultPattern() {
    try (OkxSimulatorServer seeded = OkxSimulatorServer.builder().seed(7).start()) {
      SignedClient.Signed client = new SignedClient(seeded.baseUrl()).as(null, Instant::now);
      client.post("/__admin/okx/faults", "{\"type\":\"http-status\",\"status\":503,\"probability\":0.5}");
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        statuses.add(client.get("/api/v5/public/time").status());
      }
      assertThat(statuses).contains(200, 503);
      return statuses;
    }
  }

  @Test
  void rateLimitsPerIpWhenSwitchedOn() {
    for (int i = 0; i < 15; i++) {
      assertThat(admin.get("/api/v5/public/time").status()).isEqualTo(200); // off by default
    }
    admin.post("/__admin/okx/rate-limits", "{\"enabled\":true}");

    for (int i = 0; i < 10; i++) {
      assertThat(admin.get("/api/v5/public/time").status()).isEqualTo(200);
    }
    SignedClient.Reply limited = admin.get("/api/v5/public/time");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.code()).isEqualTo("50011");

    clock.advance(Duration.ofSeconds(2));
    assertThat(admin.get("/api/v5/public/time").status()).isEqualTo(200);
  }

  @Test
  void rateLimitsPerIpAndInstrumentType() {
    server.control().setRateLimits(true);
    for (int i = 0; i < 20; i++) {
      admin.get("/api/v5/public/instruments?instType=SPOT");
    }

    assertThat(admin.get("/api/v5/public/instruments?instType=SPOT").status()).isEqualTo(429);
    assertThat(admin.get("/api/v5/public/instruments?instType=SWAP").status()).isEqualTo(200);
  }

  @Test
  void requestsRefusedByTheParameterChecksDoNotCount() {
    server.control().setRateLimits(true);
    for (int i = 0; i < 25; i++) {
      assertThat(admin.get("/api/v5/market/ticker").code()).isEqualTo("50014");
      assertThat(admin.get("/api/v5/public/instruments?instType=BOGUS" + i).code()).isEqualTo("51000");
    }

    for (int i = 0; i < 20; i++) {
      assertThat(admin.get("/api/v5/market/ticker?instId=BTC-USDT").status()).isEqualTo(200);
    }
    assertThat(admin.get("/api/v5/market/ticker?instId=BTC-USDT").status()).isEqualTo(429);
  }

  @Test
  void rateLimitsPerKey() {
    server.control().setRateLimits(true);
    for (int i = 0; i < 5; i++) {
      assertThat(okx.get("/api/v5/account/config").code()).isEqualTo("0");
    }

    assertThat(okx.get("/api/v5/account/config").code()).isEqualTo("50011");
    SignedClient.Signed other = new SignedClient(server.baseUrl()).as(server.newCredentials(), clock::instant);
    assertThat(other.get("/api/v5/account/config").code()).isEqualTo("0");
  }

  @Test
  void rateLimitsPerKeyAndInstrumentCountingBatchOrders() {
    server.control().setRateLimits(true);
    for (int i = 0; i < 60; i++) {
      okx.post("/api/v5/trade/cancel-order", "{\"instId\":\"BTC-USDT\",\"ordId\":\"1\"}");
    }

    assertThat(okx.post("/api/v5/trade/cancel-order", "{\"instId\":\"BTC-USDT\",\"ordId\":\"1\"}").code())
        .isEqualTo("50011");
    assertThat(okx.post("/api/v5/trade/cancel-order", "{\"instId\":\"ETH-USDT\",\"ordId\":\"1\"}").code())
        .isEqualTo("1");
    String batch = "[" + String.join(",", java.util.Collections.nCopies(20, FAR_BUY.replace("40000", "20000"))) + "]";
    for (int i = 0; i < 15; i++) {
      okx.post("/api/v5/trade/batch-orders", batch); // 300 orders in the 2 s window
    }
    assertThat(okx.post("/api/v5/trade/batch-orders", batch).code()).isEqualTo("50011");
  }

  @Test
  void listsAuthFailuresWithTheirDiagnosis() {
    new SignedClient(server.baseUrl()).as(key.withEnvironment(dev.okxtestkit.signing.Environment.LIVE), clock::instant)
        .get("/api/v5/account/balance");

    JsonNode failures = admin.get("/__admin/okx/auth-failures?apiKey=" + key.apiKey()).json().path("authFailures");
    assertThat(failures).hasSize(1);
    assertThat(failures.path(0).path("code").asText()).isEqualTo("50101");
    assertThat(failures.path(0).path("diagnosis").path("id").asText()).isEqualTo("environment-mismatch");
    assertThat(admin.send("DELETE", "/__admin/okx/auth-failures", "").status()).isEqualTo(200);
    assertThat(server.authFailures()).isEmpty();
  }

  @Test
  void createsCredentialsForOtherLanguages() {
    JsonNode created = admin.post("/__admin/okx/credentials", "{\"permissions\":\"read_only\"}").json();

    OkxCredentials fromAdmin = OkxCredentials.of(created.path("apiKey").asText(), created.path("secretKey").asText(),
        created.path("passphrase").asText());
    SignedClient.Signed client = new SignedClient(server.baseUrl()).as(fromAdmin, clock::instant);
    assertThat(client.get("/api/v5/account/balance").code()).isEqualTo("0");
    assertThat(client.post("/api/v5/trade/order", FAR_BUY).code()).isEqualTo("50120");
  }

  @Test
  void refusesBadControlCommandsWith400() {
    assertThat(admin.post("/__admin/okx/markets/BTC-USDT/price", "{\"price\":\"-1\"}").status()).isEqualTo(400);
    assertThat(admin.post("/__admin/okx/markets/NOPE/price", "{\"price\":\"1\"}").json().path("error").asText())
        .contains("unknown instrument NOPE");
    assertThat(admin.post("/__admin/okx/faults", "{\"type\":\"meteor\"}").status()).isEqualTo(400);
    assertThat(admin.post("/__admin/okx/clock", "not json").status()).isEqualTo(400);
    assertThat(admin.post("/__admin/okx/accounts/x/balances", "{\"USDT\":\"lots\"}").status()).isEqualTo(400);
  }

  @Test
  void resetClearsEverything() {
    okx.post("/api/v5/trade/order", FAR_BUY);
    server.control().addFault(FaultRule.once("/api/v5/public/time", new FaultAction.HttpStatus(500)));

    admin.post("/__admin/okx/reset", "");

    assertThat(okx.get("/api/v5/trade/orders-pending").data()).isEmpty();
    assertThat(admin.get("/api/v5/public/time").status()).isEqualTo(200);
  }
}
