package dev.okxtestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.auth.SignatureMistake;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.signing.OkxTimestamps;
import dev.okxtestkit.signing.SigningVectors;
import dev.okxtestkit.signing.SigningVectors.Mistake;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every client mistake of {@code signing-vectors.json}, sent over HTTP with the wrong signature it
 * produces: OKX's 50113, and the simulator's diagnosis in the response header and the failure log; the
 * correct signature of the same request gets through.
 */
@Timeout(30)
class DiagnosisAcceptanceTest {

  private static final Instant NOW = Instant.parse("2020-12-08T09:08:57.715Z");
  private static final String BALANCE = "/api/v5/account/balance";
  private static final String ORDER = "/api/v5/trade/order";

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @BeforeAll
  static void start() {
    // The key whose secret the wrong-secret vectors were signed with.
    okx.server().addCredentials(OkxCredentials.of(
        UUID.randomUUID().toString(), SigningVectors.OTHER_SECRET, "other-passphrase"));
  }

  static List<Mistake> mistakes() {
    return SigningVectors.mistakes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void wrongSignatureIsInvalidSignWithTheMistakeAsDiagnosis(Mistake m) {
    OkxCredentials key = keyWithSecretOf(m);

    HttpResponse<String> response = send(m, key, m.wrongSignature());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}");
    assertThat(SignedClient.diagnosis(response))
        .startsWith(m.id() + " ")
        .isEqualTo(m.id() + " " + mistake(m.id()).message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void failureLogCarriesTheDiagnosis(Mistake m) {
    OkxCredentials key = keyWithSecretOf(m);

    send(m, key, m.wrongSignature());

    List<AuthFailure> failures = okx.server().authFailures().stream()
        .filter(f -> f.apiKey().equals(key.apiKey())).toList();
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("50113");
      assertThat(f.message()).isEqualTo("Invalid Sign");
      assertThat(f.httpStatus()).isEqualTo(401);
      assertThat(f.method()).isEqualTo(m.method());
      assertThat(f.target()).isEqualTo(m.requestPath());
      assertThat(f.diagnosis().id()).isEqualTo(m.id());
      assertThat(f.logLine()).contains("[" + m.id() + "]").doesNotContain(m.secretKey());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void correctSignatureOfTheSameRequestPasses(Mistake m) {
    OkxCredentials key = keyWithSecretOf(m);

    HttpResponse<String> response = send(m, key, m.correctSignature());

    // Past the gate; the exchange may still refuse the order itself (the vector's px is far off).
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(SignedClient.diagnosis(response)).isNull();
    assertThat(GateOrderAcceptanceTest.code(response)).as(response.body()).doesNotStartWith("501");
    assertThat(okx.server().control().authFailures(Optional.of(key.apiKey()))).isEmpty();
  }

  @Test
  void everyMistakeIdOfTheVectorsIsOneTheSimulatorKnows() {
    List<String> known = Arrays.stream(SignatureMistake.values()).map(SignatureMistake::id).toList();

    assertThat(mistakes()).extracting(Mistake::id).allMatch(known::contains);
  }

  @Test
  void garbageSignatureIsDiagnosedUnknown() {
    Mistake base = mistakes().get(0);
    OkxCredentials key = keyWithSecretOf(base);

    HttpResponse<String> response = send(base, key, "c2lnbmF0dXJlIG9mIHNvbWV0aGluZyBlbHNlIGVudGly");

    assertThat(response.body()).isEqualTo("{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}");
    assertThat(SignedClient.diagnosis(response)).startsWith("unknown No known signing mistake explains");
    assertThat(okx.server().control().authFailures(Optional.of(key.apiKey())))
        .singleElement().extracting(f -> f.diagnosis().id()).isEqualTo("unknown");
  }

  @Test
  void bareQuestionMarkIsPartOfTheSignedPathAsSent() throws IOException {
    OkxCredentials key = okx.newCredentials();

    RawHttp.Reply reply = RawHttp.get(okx.server().port(), BALANCE + "?", signedHeaderLines(key, BALANCE + "?"));

    assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    assertThat(JsonBodies.read(reply.body()).get("code").asText()).isEqualTo("0");
  }

  @Test
  void bareQuestionMarkLeftOutOfTheSignatureIsQueryOmitted() throws IOException {
    OkxCredentials key = okx.newCredentials();

    RawHttp.Reply reply = RawHttp.get(okx.server().port(), BALANCE + "?", signedHeaderLines(key, BALANCE));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}");
    assertThat(reply.header(OkxSimulation.DIAGNOSIS_HEADER))
        .isEqualTo("query-omitted " + SignatureMistake.QUERY_OMITTED.message());
  }

  @Test
  void largeBodyGetsOnlyTheCheapChecksAndTheHeaderSaysSo() {
    OkxCredentials key = okx.newCredentials();
    String body = "{\"instId\":\"" + "B".repeat(200 * 1024) + "\"}";

    HttpResponse<String> response = okx.client().post(ORDER, body).signedBy(key, NOW)
        .header(OkxHeaders.ACCESS_SIGN, "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=").send();

    assertThat(response.body()).isEqualTo("{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}");
    assertThat(SignedClient.diagnosis(response)).isEqualTo("unknown Not diagnosed in full: the body is "
        + body.length() + " bytes, over the 65536 the simulator re-signs, so only the digest-encoding checks"
        + " (hex-digest, base64-of-hex) ran. Expected Base64(HMAC-SHA256(secret, timestamp + METHOD +"
        + " requestPath + body)) over the exact header timestamp, path with query and body sent.");
  }

  @Test
  void searchForAnotherKeysSecretIsCappedAndTheHeaderSaysSo() {
    try (OkxSimulatorServer own = OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).start()) {
      for (int i = 0; i < 300; i++) {
        own.newCredentials();
      }
      OkxCredentials key = own.newCredentials();
      String body = "{\"instId\":\"" + "B".repeat(60 * 1024) + "\"}";

      HttpResponse<String> response = new SignedClient(own.baseUrl()).post(ORDER, body).signedBy(key, NOW)
          .header(OkxHeaders.ACCESS_SIGN, "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=").send();

      assertThat(SignedClient.diagnosis(response)).startsWith("unknown No known signing mistake")
          // 300 other keys' secrets and the key's own API key (its passphrase is checked on its own).
          .endsWith(" Only 68 of the 301 other secrets the simulator knows were tried as the signing secret.");
    }
  }

  @Test
  void largeBodySignedAsHexIsStillDiagnosed() {
    OkxCredentials key = okx.newCredentials();
    String body = "{\"instId\":\"" + "B".repeat(200 * 1024) + "\"}";
    String hex = HexFormat.of().formatHex(OkxSigner.hmacSha256(key.secretKey().getBytes(StandardCharsets.UTF_8),
        OkxSigner.prehash(OkxTimestamps.format(NOW), "POST", ORDER, body)));

    HttpResponse<String> response =
        okx.client().post(ORDER, body).signedBy(key, NOW).header(OkxHeaders.ACCESS_SIGN, hex).send();

    assertThat(SignedClient.diagnosis(response)).startsWith("hex-digest ");
  }

  @Test
  void diagnosisHeaderIsSentOnlyOnRefusals() {
    HttpResponse<String> response = okx.client().get("/api/v5/public/time").send();

    assertThat(response.headers().map()).doesNotContainKey(OkxSimulation.DIAGNOSIS_HEADER);
  }

  /** The headers of a GET signed for {@code signedTarget}, as raw header lines. */
  private static String[] signedHeaderLines(OkxCredentials key, String signedTarget) {
    return new OkxSigner().headers(key, "GET", signedTarget, "", NOW).entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue()).toArray(String[]::new);
  }

  private static OkxCredentials keyWithSecretOf(Mistake m) {
    return okx.server().addCredentials(
        OkxCredentials.of(UUID.randomUUID().toString(), m.secretKey(), m.passphrase()));
  }

  /** The vector's request exactly as the mistaken client sends it: its path, body and timestamp. */
  private static HttpResponse<String> send(Mistake m, OkxCredentials key, String signature) {
    return okx.client().request(m.method(), m.requestPath(), m.body())
        .signedBy(key, Instant.parse(m.timestamp()))
        .header(OkxHeaders.ACCESS_TIMESTAMP, m.timestamp())
        .header(OkxHeaders.ACCESS_SIGN, signature)
        .header("Content-Type", "application/json")
        .send();
  }

  private static SignatureMistake mistake(String id) {
    return Arrays.stream(SignatureMistake.values()).filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("the simulator has no mistake with id " + id));
  }
}
