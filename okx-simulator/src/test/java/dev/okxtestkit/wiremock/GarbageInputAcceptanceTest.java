package dev.okxtestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Garbage never gets a 500 or a hang, and the okx.server() answers a good request afterwards (checked after
 * every test). Jetty itself refuses some garbage before WireMock sees it (431 for oversized headers,
 * 400 for control characters); that is fine as long as it is a 4xx.
 */
@Timeout(30)
class GarbageInputAcceptanceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.000Z");
  private static final String BALANCE = "/api/v5/account/balance";
  private static final String ORDER = "/api/v5/trade/order";
  private static final String INVALID_SIGN = "{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}";

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @AfterEach
  void serverStillAnswersAGoodRequest() {
    HttpResponse<String> response = okx.client().get(BALANCE).signedBy(okx.newCredentials(), NOW).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(GateOrderAcceptanceTest.code(response)).isEqualTo("0");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "OK-ACCESS-KEY        | 50111 | {\"msg\":\"Invalid OK-ACCESS-KEY\",\"code\":\"50111\"}",
      "OK-ACCESS-TIMESTAMP  | 50112 | {\"msg\":\"Invalid OK-ACCESS-TIMESTAMP\",\"code\":\"50112\"}",
      "OK-ACCESS-PASSPHRASE | 50105 | {\"msg\":\"Request header OK-ACCESS-PASSPHRASE incorrect.\",\"code\":\"50105\"}",
      "OK-ACCESS-SIGN       | 50113 | {\"msg\":\"Invalid Sign\",\"code\":\"50113\"}"})
  void nonAsciiBytesInAHeaderAreAnOrdinaryAuthError(String header, String code, String body)
      throws IOException {
    RawHttp.Reply reply = RawHttp.get(okx.server().port(), BALANCE, signedHeaderLines(header, "ключ-€-ä"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo(body);
    assertThat(reply.header(OkxSimulation.DIAGNOSIS_HEADER)).isNotBlank().matches("\\p{ASCII}+");
  }

  @Test
  void nonAsciiSignatureIsDiagnosedUnknown() throws IOException {
    RawHttp.Reply reply =
        RawHttp.get(okx.server().port(), BALANCE, signedHeaderLines(OkxHeaders.ACCESS_SIGN, "подпись"));

    assertThat(reply.header(OkxSimulation.DIAGNOSIS_HEADER))
        .startsWith("unknown No known signing mistake explains this signature.");
  }

  @Test
  void controlCharacterInAHeaderIsRefusedByJettyWith400() throws IOException {
    RawHttp.Reply reply =
        RawHttp.get(okx.server().port(), BALANCE, signedHeaderLines(OkxHeaders.ACCESS_SIGN, "ab\u0001cd"));

    assertThat(reply.status()).isEqualTo(400);
  }

  @Test
  void headerOf16KiBStillReachesTheGate() throws IOException {
    RawHttp.Reply reply =
        RawHttp.get(okx.server().port(), BALANCE, signedHeaderLines(OkxHeaders.ACCESS_SIGN, "A".repeat(16 * 1024)));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo(INVALID_SIGN);
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {64 * 1024, 1024 * 1024})
  void hugeHeaderIsRefusedWith431(int size) throws IOException {
    RawHttp.Reply reply =
        RawHttp.get(okx.server().port(), BALANCE, signedHeaderLines(OkxHeaders.ACCESS_SIGN, "A".repeat(size)));

    assertThat(reply.status()).isEqualTo(431);
  }

  @ParameterizedTest(name = "{0} headers: {1}")
  @CsvSource({"1000, 200", "10000, 431"})
  void manyHeadersAreServedUpToJettysSizeLimitAndRefusedWith431Beyond(int count, int status)
      throws IOException {
    List<String> lines = new ArrayList<>(List.of(signedHeaderLines("X-Filler-0", "0")));
    for (int i = 1; i < count; i++) {
      lines.add("X-Filler-" + i + ": " + i);
    }

    RawHttp.Reply reply = RawHttp.get(okx.server().port(), BALANCE, lines.toArray(String[]::new));

    assertThat(reply.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "not base64!!", "====", "A", "%%%%", "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQ=*",
      "AkD5YszBhggtIyjDlmTy_9PpNVntel-1Lff8wh0qpQw=", "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw"})
  void malformedBase64SignatureIsInvalidSignDiagnosedUnknown(String signature) {
    HttpResponse<String> response = okx.client().get(BALANCE).signedBy(okx.newCredentials(), NOW)
        .header(OkxHeaders.ACCESS_SIGN, signature).send();

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo(INVALID_SIGN);
    assertThat(SignedClient.diagnosis(response)).startsWith("unknown ");
  }

  @Test
  void signatureOfFourKiBIsInvalidSign() {
    HttpResponse<String> response = okx.client().get(BALANCE).signedBy(okx.newCredentials(), NOW)
        .header(OkxHeaders.ACCESS_SIGN, "QUFB".repeat(1024)).send();

    assertThat(response.body()).isEqualTo(INVALID_SIGN);
    assertThat(SignedClient.diagnosis(response)).hasSizeLessThanOrEqualTo(1024);
  }

  @ParameterizedTest(name = "body [{0}]")
  @ValueSource(strings = {"", " ", "{", "{\"instId\":", "[1,2", "{} trailing", "null", "\"text\"",
      "{\"instId\":\"BTC-USDT\",\"instId\":\"ETH-USDT\"}", "{\"a\":1e999999999}"})
  void anyPostBodyWithABadSignatureIsInvalidSign(String body) {
    HttpResponse<String> response = okx.client().post(ORDER, body).signedBy(okx.newCredentials(), NOW)
        .header(OkxHeaders.ACCESS_SIGN, "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=").send();

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo(INVALID_SIGN);
  }

  /** The gate comes first; only an authentic request has its body checked. */
  @ParameterizedTest(name = "body [{0}] -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "''            | {\"code\":\"50000\",\"msg\":\"Body for POST request cannot be empty.\",\"data\":[]}",
      "'  '          | {\"code\":\"50000\",\"msg\":\"Body for POST request cannot be empty.\",\"data\":[]}",
      "'{'           | {\"code\":\"50002\",\"msg\":\"JSON syntax error\",\"data\":[]}",
      "'{\"instId\":' | {\"code\":\"50002\",\"msg\":\"JSON syntax error\",\"data\":[]}",
      "'{} {}'       | {\"code\":\"50002\",\"msg\":\"JSON syntax error\",\"data\":[]}",
      "'not json'    | {\"code\":\"50002\",\"msg\":\"JSON syntax error\",\"data\":[]}"})
  void correctlySignedEmptyOrInvalidJsonBodyIs50000Or50002(String body, String expected) {
    HttpResponse<String> response = okx.client().post(ORDER, body).signedBy(okx.newCredentials(), NOW).send();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(expected);
  }

  @Test
  void postBodyJustUnderTheOneMiBLimitWithABadSignatureIsInvalidSign() {
    String body = "{\"instId\":\"" + "B".repeat(1024 * 1024 - 64) + "\"}";

    HttpResponse<String> response = okx.client().post(ORDER, body).signedBy(okx.newCredentials(), NOW)
        .header(OkxHeaders.ACCESS_SIGN, "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=").send();

    assertThat(response.body()).isEqualTo(INVALID_SIGN);
  }

  @Test
  void postBodyThatIsNotUtf8IsInvalidSign() throws IOException {
    OkxCredentials key = okx.newCredentials();
    // Signed for an empty body: the gate must still re-sign and diagnose over the bytes received.
    Map<String, String> headers = new OkxSigner().headers(key, "POST", ORDER, "", NOW);
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
    StringBuilder head = new StringBuilder("POST " + ORDER + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length)
        .append("\r\nConnection: close\r\n\r\n");
    request.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(body);

    RawHttp.Reply reply = RawHttp.exchange(okx.server().port(), request.toByteArray());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo(INVALID_SIGN);
  }

  /**
   * WireMock parses the query (to build its request journal entry) before any filter runs and throws on
   * a '%' that is not followed by two hex digits, which Jetty turns into a 500 with a stack trace.
   */
  @ParameterizedTest
  @ValueSource(strings = {"?ccy=%ZZ", "?ccy=BTC%", "?ccy=%2", "?%ZZ=1"})
  void malformedPercentEscapeInTheQueryIsA4xxNotA500(String query) throws IOException {
    RawHttp.Reply reply = RawHttp.get(okx.server().port(), BALANCE + query, signedHeaderLines("X-Any", "1"));

    assertThat(reply.status()).isBetween(400, 499);
    assertThat(reply.raw()).doesNotContain("Exception");
  }

  @Test
  void malformedPercentEscapeInThePathIsRefusedByJettyWith400() throws IOException {
    RawHttp.Reply reply = RawHttp.get(okx.server().port(), "/api/v5/%ZZ", signedHeaderLines("X-Any", "1"));

    assertThat(reply.status()).isEqualTo(400);
  }

  /** Every header a signed GET of the balance needs, with {@code name} set to {@code value}. */
  private static String[] signedHeaderLines(String name, String value) {
    Map<String, String> headers =
        new OkxSigner().headers(okx.newCredentials(), "GET", BALANCE, "", NOW);
    List<String> lines = new ArrayList<>();
    headers.forEach((k, v) -> {
      if (!k.equalsIgnoreCase(name)) {
        lines.add(k + ": " + v);
      }
    });
    lines.add(name + ": " + value);
    return lines.toArray(String[]::new);
  }
}
