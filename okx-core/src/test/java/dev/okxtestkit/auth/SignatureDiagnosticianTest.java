package dev.okxtestkit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.signing.SigningVectors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SignatureDiagnosticianTest {

  private final SignatureDiagnostician diagnostician = new SignatureDiagnostician();

  static List<SigningVectors.Mistake> mistakes() {
    return SigningVectors.mistakes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void recognizesEveryMistakeOfTheSharedVectors(SigningVectors.Mistake m) {
    Diagnosis diagnosis = diagnose(m, m.wrongSignature());

    assertThat(diagnosis.id()).isEqualTo(m.id());
    assertThat(diagnosis.message()).isNotBlank();
  }

  @Test
  void everyKnownMistakeHasAVector() {
    Set<String> covered = SigningVectors.mistakes().stream().map(SigningVectors.Mistake::id).collect(Collectors.toSet());

    assertThat(covered).containsAll(Arrays.stream(SignatureMistake.values()).map(SignatureMistake::id).toList());
  }

  @Test
  void saysUnknownWhenNothingExplainsTheSignature() {
    SigningVectors.Mistake m = SigningVectors.mistakes().get(0);

    Diagnosis diagnosis = diagnose(m, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

    assertThat(diagnosis.id()).isEqualTo(Diagnosis.UNKNOWN_ID);
    assertThat(diagnosis.message()).contains("shape of a Base64 HMAC-SHA256");
  }

  @Test
  void saysUnknownForMalformedBase64() {
    Diagnosis diagnosis = diagnose(SigningVectors.mistakes().get(0), "%%%not base64%%%");

    assertThat(diagnosis.id()).isEqualTo(Diagnosis.UNKNOWN_ID);
    assertThat(diagnosis.message()).contains("not a 44-character Base64");
  }

  @Test
  void recognizesThePassphraseUsedAsSecret() {
    SigningVectors.Mistake m = SigningVectors.mistakes().get(0);
    OkxCredentials key = OkxCredentials.of("key", m.secretKey(), "my-passphrase");
    String sign = new OkxSigner()
        .sign(m.timestamp(), m.method(), m.requestPath(), m.body(), "my-passphrase");

    Diagnosis diagnosis = diagnostician.diagnose(request(m, sign), Instant.parse(m.timestamp()), key, List.of());

    assertThat(diagnosis.id()).isEqualTo("passphrase-as-secret");
  }

  @Test
  void triesOtherSecretsWithinItsBudgetOnly() {
    SigningVectors.Mistake m = SigningVectors.mistakes().get(0);
    OkxCredentials key = OkxCredentials.of("key", m.secretKey(), "passphrase");
    String body = "x".repeat(10 * 1024);
    List<String> others = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      others.add("SECRET" + i);
    }
    ApiRequest signedWithTheFirst = request("POST", m.requestPath(), body, m.timestamp(),
        new OkxSigner().sign(m.timestamp(), "POST", m.requestPath(), body, "SECRET0"));
    ApiRequest signedWithTheLast = request("POST", m.requestPath(), body, m.timestamp(),
        new OkxSigner().sign(m.timestamp(), "POST", m.requestPath(), body, "SECRET999"));
    long prehashBytes = OkxSigner.prehash(m.timestamp(), "POST", m.requestPath(), body).length();
    long affordable = SignatureDiagnostician.OTHER_SECRETS_BUDGET_BYTES / prehashBytes;

    Instant at = Instant.parse(m.timestamp());
    assertThat(diagnostician.diagnose(signedWithTheFirst, at, key, others).id()).isEqualTo("wrong-secret");
    assertThat(diagnostician.diagnose(signedWithTheLast, at, key, others).message())
        .endsWith(" Only " + affordable + " of the 1001 other secrets the simulator knows were tried as the"
            + " signing secret.");
  }

  @Test
  void aBodyOverTheDiagnosisLimitGetsOnlyTheDigestChecks() {
    SigningVectors.Mistake m = SigningVectors.mistakes().get(0);
    OkxCredentials key = OkxCredentials.of("key", m.secretKey(), "passphrase");
    String body = "x".repeat(SignatureDiagnostician.MAX_DIAGNOSED_BODY_BYTES + 1);
    // Signed without the body: a small body would be diagnosed body-omitted.
    String sign = new OkxSigner().sign(m.timestamp(), "POST", m.requestPath(), "", m.secretKey());

    Diagnosis diagnosis = diagnostician.diagnose(request("POST", m.requestPath(), body, m.timestamp(), sign),
        Instant.parse(m.timestamp()), key, List.of());

    assertThat(diagnosis.id()).isEqualTo(Diagnosis.UNKNOWN_ID);
    assertThat(diagnosis.message()).startsWith("Not diagnosed in full: the body is 65537 bytes");
  }

  private Diagnosis diagnose(SigningVectors.Mistake m, String signature) {
    OkxCredentials key = OkxCredentials.of("key", m.secretKey(), m.passphrase());
    return diagnostician.diagnose(
        request(m, signature), Instant.parse(m.timestamp()), key, List.of(SigningVectors.OTHER_SECRET));
  }

  private static ApiRequest request(SigningVectors.Mistake m, String signature) {
    return request(m.method(), m.requestPath(), m.body(), m.timestamp(), signature);
  }

  private static ApiRequest request(String method, String target, String body, String timestamp, String signature) {
    return new ApiRequest(method, target, body, Map.of(
        "OK-ACCESS-KEY", "key",
        "OK-ACCESS-SIGN", signature,
        "OK-ACCESS-TIMESTAMP", timestamp,
        "OK-ACCESS-PASSPHRASE", "passphrase",
        "Host", "127.0.0.1:8089"), "127.0.0.1");
  }
}
