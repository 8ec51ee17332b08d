package dev.okxtestkit.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.WsClient;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The WebSocket login over real connections: OKX's rule (epoch seconds, GET, /users/self/verify), its
 * event and codes for every failure, and the simulator's diagnosis of a wrong sign.
 */
class WebSocketLoginAcceptanceTest {

  private static final Instant NOW = Instant.parse("2026-05-04T03:02:01Z");
  private static final long SECONDS = NOW.getEpochSecond();

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @Test
  void aCorrectLoginAnswersOkxsLoginEvent() throws Exception {
    OkxCredentials key = okx.newCredentials();
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send(login(key, Long.toString(SECONDS), sign(key, Long.toString(SECONDS))));

      JsonNode event = ws.next();
      assertThat(event.path("event").asText()).isEqualTo("login");
      assertThat(event.path("code").asText()).isEqualTo("0");
      assertThat(event.path("msg").asText()).isEmpty();
      assertThat(event.path("connId").asText()).matches("[0-9a-f]{8}");
    }
  }

  @Test
  void aTimestampSentAsAJsonNumberIsAcceptedAsPythonOkxSendsIt() throws Exception {
    OkxCredentials key = okx.newCredentials();
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private?brokerId=9999")) {
      ws.send("{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + key.apiKey() + "\",\"passphrase\":\""
          + key.passphrase() + "\",\"timestamp\":" + SECONDS + ",\"sign\":\"" + sign(key, Long.toString(SECONDS))
          + "\"}]}");

      assertThat(ws.next().path("code").asText()).isEqualTo("0");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "unknown key, 60032, API key doesn't exist.",
      "wrong passphrase, 60024, Wrong passphrase",
      "expired, 60006, Timestamp request expired",
      "not a number, 60004, Invalid timestamp",
      "live key, 50101, APIKey does not match current environment.",
      "no sign, 60027, Parameter sign can not be empty."})
  void everyRefusalIsOkxsErrorEvent(String what, String code, String msg) throws Exception {
    OkxCredentials key = okx.newCredentials();
    String ts = Long.toString(SECONDS);
    String request = switch (what) {
      case "unknown key" -> login(OkxCredentials.of("no-such-key", key.secretKey(), key.passphrase()), ts,
          sign(key, ts));
      case "wrong passphrase" -> login(OkxCredentials.of(key.apiKey(), key.secretKey(), "nope"), ts, sign(key, ts));
      case "expired" -> login(key, Long.toString(SECONDS - 31), sign(key, Long.toString(SECONDS - 31)));
      case "not a number" -> login(key, "2026-05-04T03:02:01.000Z", sign(key, ts));
      case "live key" -> {
        OkxCredentials live = okx.server().addCredentials(okx.newCredentials().withEnvironment(Environment.LIVE));
        yield login(live, ts, sign(live, ts));
      }
      default -> "{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + key.apiKey() + "\",\"passphrase\":\""
          + key.passphrase() + "\",\"timestamp\":\"" + ts + "\"}]}";
    };
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send(request);

      JsonNode event = ws.next();
      assertThat(event.path("event").asText()).isEqualTo("error");
      assertThat(event.path("code").asText()).isEqualTo(code);
      assertThat(event.path("msg").asText()).isEqualTo(msg);
      assertThat(event.path("connId").asText()).matches("[0-9a-f]{8}");
      ws.send("ping");
      assertThat(ws.nextText()).as("the connection stays open after a failed login").isEqualTo("pong");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "login-timestamp-millis", "login-timestamp-iso", "login-api-path", "login-method-lowercase",
      "login-body-appended", "hex-digest", "secret-base64-decoded", "passphrase-as-secret"})
  void aWrongSignSaysWhichMistakeMadeIt(String mistake) throws Exception {
    OkxCredentials key = okx.server().addCredentials(OkxCredentials.of("ws-" + mistake,
        "QUJDREVGR0hJSktMTU5PUA==", "pass-" + mistake)); // a secret that also decodes as Base64
    String ts = Long.toString(SECONDS);
    String sign = switch (mistake) {
      case "login-timestamp-millis" -> hmac(key.secretKey(), NOW.toEpochMilli() + "GET/users/self/verify");
      case "login-timestamp-iso" -> hmac(key.secretKey(),
          DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC).format(NOW)
              + "GET/users/self/verify");
      case "login-api-path" -> hmac(key.secretKey(), ts + "GET/api/v5/users/self/verify");
      case "login-method-lowercase" -> hmac(key.secretKey(), ts + "get/users/self/verify");
      case "login-body-appended" -> hmac(key.secretKey(), ts + "GET/users/self/verify{}");
      case "hex-digest" -> HexFormat.of().formatHex(
          OkxSigner.hmacSha256(key.secretKey().getBytes(), ts + "GET/users/self/verify"));
      case "secret-base64-decoded" -> Base64.getEncoder().encodeToString(OkxSigner.hmacSha256(
          Base64.getDecoder().decode(key.secretKey()), ts + "GET/users/self/verify"));
      default -> hmac(key.passphrase(), ts + "GET/users/self/verify");
    };
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "private")) {
      ws.send(login(key, ts, sign));

      JsonNode event = ws.next();
      assertThat(event.path("code").asText()).isEqualTo("60007");
      assertThat(event.path("msg").asText()).isEqualTo("Invalid sign");
      assertThat(event.path("diagnosis").asText()).startsWith(mistake + " ");
    }
    List<AuthFailure> failures = okx.server().control().authFailures(Optional.of(key.apiKey()));
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("60007");
      assertThat(f.method()).isEqualTo("WS");
      assertThat(f.diagnosis().id()).isEqualTo(mistake);
    });
    okx.server().control().clearAuthFailures();
  }

  @Test
  void loginWorksOnEveryPathAndARepeatedLoginSucceeds() throws Exception {
    OkxCredentials key = okx.newCredentials();
    String ts = Long.toString(SECONDS);
    for (String path : List.of("public", "business", "private")) {
      try (WsClient ws = WsClient.connect(okx.server().wsUrl(), path)) {
        ws.send(login(key, ts, sign(key, ts)));
        assertThat(ws.next().path("code").asText()).as(path).isEqualTo("0");
        ws.send(login(key, ts, sign(key, ts)));
        assertThat(ws.next().path("code").asText()).as(path + " again").isEqualTo("0");
      }
    }
  }

  static String login(OkxCredentials key, String ts, String sign) {
    return "{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + key.apiKey() + "\",\"passphrase\":\"" + key.passphrase()
        + "\",\"timestamp\":\"" + ts + "\",\"sign\":\"" + sign + "\"}]}";
  }

  static String sign(OkxCredentials key, String ts) {
    return new OkxSigner().sign(ts, "GET", "/users/self/verify", "", key.secretKey());
  }

  private static String hmac(String secret, String prehash) {
    return Base64.getEncoder().encodeToString(OkxSigner.hmacSha256(secret.getBytes(), prehash));
  }
}
