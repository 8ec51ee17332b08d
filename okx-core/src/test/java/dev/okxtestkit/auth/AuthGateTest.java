package dev.okxtestkit.auth;

import dev.okxtestkit.clock.SimulatorClock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.auth.AuthGate.AuthResult;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.signing.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthGateTest {

  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");
  private static final String PATH = "/api/v5/trade/order";
  private static final String BODY = "{\"instId\":\"BTC-USDT\"}";

  private final SimulatorClock clock = SimulatorClock.fixed(NOW);
  private final CredentialStore store = new CredentialStore();
  private final AuthFailureLog failures = new AuthFailureLog();
  private final OkxCredentials readOnly =
      OkxCredentials.of("read-key", "0123456789ABCDEF0123456789ABCDEF", "pass")
          .withPermissions(EnumSet.of(Permission.READ_ONLY));

  AuthGateTest() {
    store.put(readOnly);
  }

  @Test
  void passesASignedRequest() {
    AuthResult result = gate().authenticate(signed(readOnly, NOW), Permission.READ_ONLY);

    assertThat(result).isEqualTo(new AuthResult.Authenticated(readOnly));
    assertThat(failures.all()).isEmpty();
  }

  @Test
  void refusesAKeyWithoutThePermissionWith50120() {
    AuthResult result = gate().authenticate(signed(readOnly, NOW), Permission.TRADE);

    AuthRejection rejection = ((AuthResult.Rejected) result).rejection();
    assertThat(rejection.error().code()).isEqualTo("50120");
    assertThat(rejection.error().body())
        .isEqualTo("{\"msg\":\"This API key doesn't have permission to use this function\",\"code\":\"50120\"}");
    assertThat(rejection.diagnosis().id()).isEqualTo("missing-permission");
    assertThat(rejection.diagnosis().message()).contains("'trade'");
  }

  @Test
  void acceptsTimestampsUpToThirtySecondsOffEitherWay() {
    assertThat(gate().authenticate(signed(readOnly, NOW.minusSeconds(30)), null))
        .isInstanceOf(AuthResult.Authenticated.class);
    assertThat(gate().authenticate(signed(readOnly, NOW.plusSeconds(30)), null))
        .isInstanceOf(AuthResult.Authenticated.class);
    assertThat(code(gate().authenticate(signed(readOnly, NOW.minusMillis(30_001)), null))).isEqualTo("50102");
    assertThat(code(gate().authenticate(signed(readOnly, NOW.plusMillis(30_001)), null))).isEqualTo("50102");
  }

  @Test
  void followsTheClockWhenItMoves() {
    ApiRequest request = signed(readOnly, NOW);
    clock.advance(Duration.ofMinutes(1));

    AuthRejection rejection = ((AuthResult.Rejected) gate().authenticate(request, null)).rejection();

    assertThat(rejection.error().code()).isEqualTo("50102");
    assertThat(rejection.diagnosis().message()).contains("60.000 s behind");
  }

  @Test
  void checksInTheConfiguredOrder() {
    // Wrong passphrase and wrong signature: OKX's order reports the passphrase first.
    ApiRequest request = with(signed(readOnly, NOW), "OK-ACCESS-PASSPHRASE", "nope", "OK-ACCESS-SIGN", "bad");

    assertThat(code(gate().authenticate(request, null))).isEqualTo("50105");
    AuthGate signatureFirst = new AuthGate(store, clock, failures, List.of(
        AuthCheck.HEADERS_PRESENT, AuthCheck.KNOWN_KEY, AuthCheck.TIMESTAMP_FORMAT, AuthCheck.SIGNATURE,
        AuthCheck.PASSPHRASE));
    assertThat(code(signatureFirst.authenticate(request, null))).isEqualTo("50113");
  }

  @Test
  void recordsEveryFailureWithoutSecrets() {
    gate().authenticate(with(signed(readOnly, NOW), "OK-ACCESS-SIGN", "bad"), null);

    AuthFailure failure = failures.all().get(0);
    assertThat(failure.code()).isEqualTo("50113");
    assertThat(failure.apiKey()).isEqualTo("read-key");
    assertThat(failure.at()).isEqualTo(NOW);
    assertThat(failure.logLine()).contains("50113", PATH, "read-key")
        .doesNotContain(readOnly.secretKey(), readOnly.passphrase());
    assertThat(failures.forApiKey("read-key")).hasSize(1);
    assertThat(failures.forApiKey("other")).isEmpty();
  }

  @Test
  void failureLogKeepsOnlyTheNewest() {
    AuthFailureLog small = new AuthFailureLog(2);
    AuthGate gate = new AuthGate(store, clock, small);
    for (String key : List.of("a", "b", "c")) {
      gate.authenticate(with(signed(readOnly, NOW), "OK-ACCESS-KEY", key), null);
    }

    assertThat(small.all()).extracting(AuthFailure::apiKey).containsExactly("b", "c");
  }

  @Test
  void aStormOfFailuresWritesAFewLinesASecondAndRecordsEveryFailure() {
    SimulatorClock wallClock = SimulatorClock.fixed(Instant.parse("2026-01-02T03:04:05.000Z"));
    List<String> lines = new ArrayList<>();
    AuthGate gate = new AuthGate(store, clock, failures, AuthCheck.OKX_ORDER, new ThrottledLog(wallClock, 10, lines::add));
    ApiRequest badSign = with(signed(readOnly, NOW), "OK-ACCESS-SIGN", "bad");

    for (int i = 0; i < 24_000; i++) {
      gate.authenticate(badSign, null);
    }
    wallClock.advance(Duration.ofSeconds(1));
    gate.authenticate(badSign, null);

    assertThat(failures.all()).hasSize(AuthFailureLog.DEFAULT_CAPACITY);
    assertThat(lines).hasSize(12);
    assertThat(lines.subList(0, 10)).allSatisfy(line -> assertThat(line).startsWith("OKX auth failure 50113"));
    assertThat(lines.get(10)).isEqualTo("Suppressed 23990 auth-failure log lines (more than 10 a second);"
        + " every failure is in GET /__admin/okx/auth-failures.");
    assertThat(lines.get(11)).startsWith("OKX auth failure 50113");
  }

  private AuthGate gate() {
    return new AuthGate(store, clock, failures);
  }

  private static String code(AuthResult result) {
    return ((AuthResult.Rejected) result).rejection().error().code();
  }

  private static ApiRequest signed(OkxCredentials key, Instant at) {
    Map<String, String> headers = new OkxSigner().headers(key, "POST", PATH, BODY, at);
    return new ApiRequest("POST", PATH, BODY, headers, "127.0.0.1");
  }

  private static ApiRequest with(ApiRequest request, String... nameValues) {
    Map<String, String> headers = new HashMap<>(request.headers());
    for (int i = 0; i < nameValues.length; i += 2) {
      headers.put(nameValues[i], nameValues[i + 1]);
    }
    return new ApiRequest(request.method(), request.target(), request.body(), headers, request.clientIp());
  }
}
