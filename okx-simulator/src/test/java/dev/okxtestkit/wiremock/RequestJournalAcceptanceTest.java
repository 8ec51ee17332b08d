package dev.okxtestkit.wiremock;

import dev.okxtestkit.testing.SignedClient;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.OkxSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * WireMock's request journal ({@code GET /__admin/requests}) as the simulator keeps it: no passphrase or
 * signature in it, and a bounded number of bytes per entry, so its memory is bounded by its entry count.
 */
@Timeout(60)
class RequestJournalAcceptanceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.000Z");
  private static final String BALANCE = "/api/v5/account/balance";
  private static final String ORDER = "/api/v5/trade/order";
  private static final int KIB = 1024;

  private OkxSimulatorServer server;
  private SignedClient client;

  @BeforeEach
  void start() {
    server = OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).start();
    client = new SignedClient(server.baseUrl());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void journalHoldsNoPassphraseAndNoSignature() {
    OkxCredentials key = server.newCredentials();
    List<String> secrets = new ArrayList<>();
    secrets.add(key.passphrase());
    secrets.add(sign(key, "GET", BALANCE, ""));
    assertThat(client.get(BALANCE).signedBy(key, NOW).send().statusCode()).isEqualTo(200);
    String wrongPassphrase = "my-wrong-guess-" + key.passphrase().substring(0, 4);
    secrets.add(wrongPassphrase);
    assertThat(client.get(BALANCE).signedBy(key, NOW).header(OkxHeaders.ACCESS_PASSPHRASE, wrongPassphrase)
        .send().statusCode()).isEqualTo(401);
    String wrongSign = "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=";
    secrets.add(wrongSign);
    assertThat(client.get(BALANCE).signedBy(key, NOW).header(OkxHeaders.ACCESS_SIGN, wrongSign)
        .send().statusCode()).isEqualTo(401);
    String orderBody = "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\","
        + "\"px\":\"1000\",\"sz\":\"0.01\"}";
    secrets.add(sign(key, "POST", ORDER, orderBody));
    assertThat(client.post(ORDER, orderBody).signedBy(key, NOW).send().statusCode()).isEqualTo(200);

    String journal = adminGet("/__admin/requests");

    assertThat(JsonBodies.read(journal).get("requests")).hasSize(4);
    for (String secret : secrets) {
      assertThat(journal).doesNotContain(secret);
    }
    assertThat(JsonBodies.read(journal).get("requests")).allSatisfy(event -> {
      JsonNode headers = event.path("request").path("headers");
      assertThat(headers.path(OkxHeaders.ACCESS_PASSPHRASE).asText()).isEqualTo("****");
      assertThat(headers.path(OkxHeaders.ACCESS_SIGN).asText()).isEqualTo("****");
      assertThat(headers.path(OkxHeaders.ACCESS_KEY).asText()).isEqualTo(key.apiKey());
    });
    assertThat(journal).contains("okx-auth").contains("wrong-passphrase");
  }

  @Test
  void serveEventsOfTheJavaApiAreMaskedToo() {
    OkxCredentials key = server.newCredentials();
    client.get(BALANCE).signedBy(key, NOW).header(OkxHeaders.ACCESS_PASSPHRASE, "wrong-passphrase-1").send();

    assertThat(server.wireMock().getAllServeEvents()).singleElement().satisfies(event -> {
      assertThat(event.getRequest().getHeader(OkxHeaders.ACCESS_PASSPHRASE)).isEqualTo("****");
      assertThat(event.getRequest().getHeader(OkxHeaders.ACCESS_SIGN)).isEqualTo("****");
      assertThat(event.getRequest().getUrl()).isEqualTo(BALANCE);
      assertThat(event.getResponse().getStatus()).isEqualTo(401);
    });
  }

  @Test
  void journalKeepsTheFirst16KiBOfALargeBodyAndSaysHowLargeItWas() throws IOException {
    String body = "{\"instId\":\"" + "B".repeat(100 * KIB) + "\"}";
    RawHttp.exchange(server.port(), RequestBodyLimitAcceptanceTest.post(ORDER, body.getBytes()));

    JsonNode request = JsonBodies.read(adminGet("/__admin/requests")).get("requests").get(0).get("request");

    String kept = request.get("body").asText();
    assertThat(kept.length()).isEqualTo(16 * KIB);
    assertThat(body.startsWith(kept)).as("the kept body is the start of the body sent").isTrue();
    assertThat(request.path("headers").path("X-Okx-Simulator-Journal-Truncated").asText())
        .isEqualTo("body of " + body.length() + " bytes cut to 16384");
  }

  @Test
  void smallBodiesAreKeptWhole() {
    String body = "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\","
        + "\"px\":\"1000\",\"sz\":\"0.01\"}";
    client.post(ORDER, body).signedBy(server.newCredentials(), NOW).send();

    JsonNode request = JsonBodies.read(adminGet("/__admin/requests")).get("requests").get(0).get("request");

    assertThat(request.get("body").asText()).isEqualTo(body);
    assertThat(request.path("headers").has("X-Okx-Simulator-Journal-Truncated")).isFalse();
  }

  @Test
  void largeAnswersAreCutInTheJournalToo() throws IOException {
    String large = "{\"data\":\"" + "x".repeat(100 * KIB) + "\"}";
    server.wireMock().stubFor(post(urlPathEqualTo("/my-app/large")).willReturn(okJson(large)));

    RawHttp.Reply answer =
        RawHttp.exchange(server.port(), RequestBodyLimitAcceptanceTest.post("/my-app/large", new byte[10]));
    RawHttp.exchange(server.port(),
        RequestBodyLimitAcceptanceTest.post("/my-app/unmatched", ("y".repeat(100 * KIB)).getBytes()));

    assertThat(answer.body()).isEqualTo(large);
    String journal = adminGet("/__admin/requests");
    JsonNode events = JsonBodies.read(journal).get("requests");
    JsonNode unmatched = events.get(0);
    JsonNode matched = events.get(1);
    assertThat(matched.path("response").path("body").asText()).hasSize(16 * KIB);
    assertThat(matched.path("responseDefinition").path("body").asText()).hasSize(16 * KIB);
    assertThat(unmatched.path("subEvents")).isNotEmpty().allSatisfy(subEvent ->
        subEvent.path("data").forEach(value -> assertThat(value.asText()).hasSizeLessThanOrEqualTo(16 * KIB)));
  }

  @Test
  void journalDropsTheOldestEntriesBeyondItsByteBudget() throws IOException {
    try (OkxSimulatorServer small = OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW))
        .maxRequestJournalBytes(256 * KIB).start()) {
      for (int i = 0; i < 20; i++) {
        RawHttp.exchange(small.port(), RequestBodyLimitAcceptanceTest.post(ORDER + "?n=" + i, new byte[50 * KIB]));
      }

      List<ServeEvent> events = small.wireMock().getAllServeEvents();

      assertThat(events).hasSizeBetween(2, 10);
      assertThat(events.get(0).getRequest().getUrl()).isEqualTo(ORDER + "?n=19");
    }
  }

  @Test
  void journalOfLargeRequestsStaysSmallInTheHeap() throws IOException {
    byte[] request = RequestBodyLimitAcceptanceTest.post(ORDER, new byte[1024 * KIB - KIB]);
    long before = RequestBodyLimitAcceptanceTest.usedHeapAfterGc();

    for (int i = 0; i < 60; i++) {
      assertThat(RawHttp.exchange(server.port(), request).status()).isEqualTo(401);
    }

    long grown = RequestBodyLimitAcceptanceTest.usedHeapAfterGc() - before;
    assertThat(server.wireMock().getAllServeEvents()).hasSize(60);
    assertThat(grown).as("heap growth in bytes").isLessThan(16L * 1024 * KIB);
  }

  private static String sign(OkxCredentials key, String method, String target, String body) {
    return new OkxSigner().headers(key, method, target, body, NOW).get(OkxHeaders.ACCESS_SIGN);
  }

  private String adminGet(String path) {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(SignedClient.TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
