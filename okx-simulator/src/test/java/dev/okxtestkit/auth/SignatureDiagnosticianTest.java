package dev.okxtestkit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.SigningVectors;
import java.time.Instant;
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
    String sign = new dev.okxtestkit.signing.OkxSigner()
        .sign(m.timestamp(), m.method(), m.requestPath(), m.body(), "my-passphrase");

    Diagnosis diagnosis = diagnostician.diagnose(request(m, sign), Instant.parse(m.timestamp()), key, List.of());

    assertThat(diagnosis.id()).isEqualTo("wrong-secret");
  }

  private Diagnosis diagnose(SigningVectors.Mistake m, String signature) {
    OkxCredentials key = OkxCredentials.of("key", m.secretKey(), "passphrase");
    return diagnostician.diagnose(
        request(m, signature), Instant.parse(m.timestamp()), key, List.of(SigningVectors.OTHER_SECRET));
  }

  private static ApiRequest request(SigningVectors.Mistake m, String signature) {
    return new ApiRequest(m.method(), m.requestPath(), m.body(), Map.of(
        "OK-ACCESS-KEY", "key",
        "OK-ACCESS-SIGN", signature,
        "OK-ACCESS-TIMESTAMP", m.timestamp(),
        "OK-ACCESS-PASSPHRASE", "passphrase",
        "Host", "127.0.0.1:8089"), "127.0.0.1");
  }
}
