package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that once got a 500 (or Jetty's HTML page with a stack trace), over real HTTP: each now gets an
 * OKX-style JSON answer with a 4xx status or OKX's 200 with an error code.
 */
class NoServerErrorAcceptanceTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.089Z");
  private static SignedClient.Signed client;

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.with(b -> b.clock(SimulatorClock.fixed(NOW)).logAuthFailures(false));

  @BeforeAll
  static void start() {
    OkxCredentials key = okx.newCredentials();
    client = new SignedClient(okx.server().baseUrl()).as(key, () -> NOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/v5/market/candles?instId=BTC-USDT&limit=99999999999",
      "/api/v5/market/candles?instId=BTC-USDT&limit=9999999999999999999",
      "/api/v5/market/trades?instId=BTC-USDT&limit=99999999999",
      "/api/v5/market/books?instId=BTC-USDT&sz=99999999999",
      "/api/v5/trade/orders-pending?limit=99999999999",
      "/api/v5/trade/fills?begin=9999999999999999999"})
  void integersBeyondTheirRangeAreParameterErrors(String target) {
    SignedClient.Reply reply = client.get(target);

    assertThat(reply.status()).as(target).isIn(200, 400);
    assertThat(reply.json().path("code").asText()).as(target).isEqualTo("51000");
    assertThat(reply.json().path("msg").asText()).as(target).startsWith("Parameter ");
  }

  @Test
  void repeatedValuesInAListAreAccepted() {
    SignedClient.Reply currencies = client.get("/api/v5/asset/currencies?ccy=USDT,USDT");
    SignedClient.Reply pending = client.get("/api/v5/trade/orders-pending?ordType=limit,limit");

    assertThat(currencies.status()).isEqualTo(200);
    assertThat(currencies.json().path("code").asText()).isEqualTo("0");
    assertThat(currencies.json().path("data")).isNotEmpty()
        .allSatisfy(row -> assertThat(row.path("ccy").asText()).isEqualTo("USDT"));
    assertThat(pending.status()).isEqualTo(200);
    assertThat(pending.json().path("code").asText()).isEqualTo("0");
  }

  @Test
  void aBrokenChunkSizeGetsJsonWithoutAStackTrace() throws IOException {
    String raw = raw("POST /api/v5/trade/order HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");

    assertThat(raw).startsWith("HTTP/1.1 400");
    assertThat(body(raw)).startsWith("{\"msg\":").contains("\"code\":\"400\"");
    assertThat(raw).doesNotContain("<html").doesNotContain("at wiremock.").doesNotContain("Exception");
  }

  @Test
  void aHeaderTooLargeGetsJson() throws IOException {
    String raw = raw("GET /api/v5/public/time HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(64 * 1024)
        + "\r\nConnection: close\r\n\r\n");

    assertThat(raw).startsWith("HTTP/1.1 431");
    assertThat(body(raw)).contains("\"code\":\"431\"");
    assertThat(raw).doesNotContain("<html");
  }

  @Test
  void listingWireMocksFilesIsNotAServerError() throws IOException {
    String raw = raw("GET /__admin/files HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    assertThat(Integer.parseInt(raw.substring(9, 12))).isLessThan(500);
    assertThat(raw).doesNotContain("<html").doesNotContain("Exception");
  }

  @Test
  void anUnparsableRequestLineIsABadRequest() throws IOException {
    String raw = raw("GET /api/v5/public/time HTTP/9.9\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    assertThat(raw).startsWith("HTTP/1.1 400");
    assertThat(body(raw)).isEqualTo("{\"msg\":\"Unknown Version\",\"code\":\"400\"}");
  }

  @Test
  void anUnknownPathWithAnEncodedPercentIsA404() throws IOException {
    String raw = raw("GET /x%25y HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    assertThat(raw).startsWith("HTTP/1.1 404");
    assertThat(raw).doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/x-www-form-urlencoded|a=%%%&b", "multipart/form-data; boundary=zz|--zz\r\nbroken"})
  void aFormBodyWithBrokenEncodingIsABadRequest(String typeAndBody) throws IOException {
    String[] parts = typeAndBody.split("\\|");
    String body = parts[1].replace("\\r\\n", "\r\n");
    String raw = raw("POST /api/v5/trade/order HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + parts[0]
        + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);

    assertThat(Integer.parseInt(raw.substring(9, 12))).as(raw).isBetween(400, 499);
    assertThat(raw).doesNotContain("java.lang").doesNotContain("<html");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /__admin/requests?limit=abc", "POST /__admin/mappings", "POST /__admin/mappings/import",
      "POST /__admin/near-misses/request", "POST /__admin/requests/find", "POST /__admin/settings"})
  void wireMocksAdminApiAnswersBadInputWith400(String request) throws IOException {
    String body = request.startsWith("POST") ? "null" : "";
    String raw = raw(request + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + body.length() + "\r\nConnection: close\r\n\r\n" + body);

    assertThat(raw).as(request).startsWith("HTTP/1.1 400");
    assertThat(raw).doesNotContain("java.lang");
    assertThat(client.get("/api/v5/public/time").status()).as("the simulator still answers after " + request)
        .isEqualTo(200);
  }

  private static String body(String raw) {
    return raw.substring(raw.indexOf("\r\n\r\n") + 4);
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", okx.server().port()), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
