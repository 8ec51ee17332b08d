package dev.okxtestkit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OkxSignerTest {

  private final OkxSigner signer = new OkxSigner();

  static List<SigningVectors.Vector> vectors() {
    return SigningVectors.vectors();
  }

  static List<SigningVectors.Mistake> mistakes() {
    return SigningVectors.mistakes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void signsEveryVerifiedVector(SigningVectors.Vector v) {
    assertThat(OkxSigner.prehash(v.timestamp(), v.method(), v.requestPath(), v.body())).isEqualTo(v.prehash());
    assertThat(signer.sign(v.timestamp(), v.method(), v.requestPath(), v.body(), v.secretKey()))
        .isEqualTo(v.signature());
    assertThat(signer.verify(v.signature(), v.timestamp(), v.method(), v.requestPath(), v.body(), v.secretKey()))
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void acceptsTheCorrectAndRefusesTheMistakenSignatureOfEveryMistake(SigningVectors.Mistake m) {
    assertThat(signer.sign(m.timestamp(), m.method(), m.requestPath(), m.body(), m.secretKey()))
        .isEqualTo(m.correctSignature());
    assertThat(signer.verify(m.wrongSignature(), m.timestamp(), m.method(), m.requestPath(), m.body(),
        m.secretKey())).isFalse();
  }

  @Test
  void upperCasesTheMethodInThePrehash() {
    assertThat(OkxSigner.prehash("t", "get", "/api/v5/x", "")).isEqualTo("tGET/api/v5/x");
  }

  @Test
  void refusesAMissingSignature() {
    assertThat(signer.verify(null, "t", "GET", "/p", "", "S")).isFalse();
  }

  @Test
  void headersOfADemoKeyIncludeSimulatedTrading() {
    OkxCredentials key = OkxCredentials.of("k", "22582BD0CFF14C41EDBF1AB98506286D", "pass");
    Map<String, String> headers =
        signer.headers(key, "GET", "/api/v5/account/balance?ccy=BTC", "", Instant.parse("2020-12-08T09:08:57.715Z"));

    assertThat(headers).containsExactly(
        Map.entry("OK-ACCESS-KEY", "k"),
        Map.entry("OK-ACCESS-SIGN", "HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY="),
        Map.entry("OK-ACCESS-TIMESTAMP", "2020-12-08T09:08:57.715Z"),
        Map.entry("OK-ACCESS-PASSPHRASE", "pass"),
        Map.entry("x-simulated-trading", "1"));
  }

  @Test
  void headersOfALiveKeyLeaveOutSimulatedTrading() {
    OkxCredentials key = OkxCredentials.of("k", "S", "p").withEnvironment(Environment.LIVE);

    assertThat(signer.headers(key, "GET", "/api/v5/account/balance", "", Instant.EPOCH))
        .doesNotContainKey("x-simulated-trading");
  }

  @Test
  void isUsableThroughTheSpi() {
    OkxRequestSigner spi = new OkxSigner();
    assertThat(spi.sign("2020-12-08T09:08:57.715Z", "GET", "/api/v5/account/balance?ccy=BTC", "",
        "22582BD0CFF14C41EDBF1AB98506286D")).isEqualTo("HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=");
  }
}
