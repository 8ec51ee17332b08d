package dev.okxtestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.Permission;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each authentication error of the gate over real HTTP, with OKX's exact body and status, and the order
 * in which the gate reports them (see AuthCheck.OKX_ORDER).
 */
@Timeout(30)
class GateOrderAcceptanceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.000Z");
  private static final String BALANCE = "/api/v5/account/balance";
  private static final String ORDER = "/api/v5/trade/order";
  private static final String ORDER_BODY = "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\","
      + "\"ordType\":\"market\",\"sz\":\"10\",\"tgtCcy\":\"quote_ccy\"}";

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "OK-ACCESS-KEY        | 50103 | Request header OK-ACCESS-KEY can not be empty.",
      "OK-ACCESS-PASSPHRASE | 50104 | Request header OK-ACCESS-PASSPHRASE can not be empty.",
      "OK-ACCESS-SIGN       | 50106 | Request header OK-ACCESS-SIGN can not be empty.",
      "OK-ACCESS-TIMESTAMP  | 50107 | Request header OK-ACCESS-TIMESTAMP can not be empty."})
  void missingHeaderGetsItsOwnCode(String header, String code, String message) {
    HttpResponse<String> response = balance(okx.newCredentials(), r -> r.without(header));

    assertGatewayError(response, 401, code, message);
    assertThat(SignedClient.diagnosis(response))
        .isEqualTo("missing-header The " + header + " header is missing or empty.");
  }

  @ParameterizedTest(name = "empty {0}: {1}")
  @CsvSource({
      "OK-ACCESS-KEY, 50103",
      "OK-ACCESS-PASSPHRASE, 50104",
      "OK-ACCESS-SIGN, 50106",
      "OK-ACCESS-TIMESTAMP, 50107"})
  void emptyHeaderCountsAsMissing(String header, String code) {
    HttpResponse<String> response = balance(okx.newCredentials(), r -> r.header(header, ""));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(code(response)).isEqualTo(code);
  }

  @Test
  void missingHeadersAreReportedKeyThenPassphraseThenSignThenTimestamp() {
    OkxCredentials key = okx.newCredentials();
    String[] all = {OkxHeaders.ACCESS_KEY, OkxHeaders.ACCESS_PASSPHRASE, OkxHeaders.ACCESS_SIGN,
        OkxHeaders.ACCESS_TIMESTAMP};
    List<String> codes = new ArrayList<>();
    for (int present = 0; present <= all.length; present++) {
      String[] missing = java.util.Arrays.copyOfRange(all, present, all.length);
      codes.add(code(balance(key, r -> r.without(missing))));
    }

    assertThat(codes).containsExactly("50103", "50104", "50106", "50107", "0");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-05-01 12:00:00.000", "2024-05-01T12:00:00Z", "2024-05-01T12:00:00.000000Z",
      "2024-05-01T12:00:00.000+00:00", "2024-05-01T12:00:00.00Z", "2024-13-01T12:00:00.000Z", "yesterday",
      "-1"})
  void unparsableTimestampIs50112(String timestamp) {
    HttpResponse<String> response =
        balance(okx.newCredentials(), r -> r.header(OkxHeaders.ACCESS_TIMESTAMP, timestamp));

    assertGatewayError(response, 401, "50112", "Invalid OK-ACCESS-TIMESTAMP");
    assertThat(SignedClient.diagnosis(response)).startsWith("timestamp-format ");
  }

  @ParameterizedTest
  @ValueSource(longs = {1714564800000L, 1714564800L})
  void epochNumberTimestampIs50102AsObservedOnOkx(long epoch) {
    HttpResponse<String> response = balance(
        okx.newCredentials(), r -> r.header(OkxHeaders.ACCESS_TIMESTAMP, Long.toString(epoch)));

    assertGatewayError(response, 401, "50102", "Timestamp request expired");
    assertThat(SignedClient.diagnosis(response)).startsWith("timestamp-epoch-millis ");
  }

  @Test
  void timestamp31SecondsBehindTheClockIs50102() {
    HttpResponse<String> response = okx.client().get(BALANCE)
        .signedBy(okx.newCredentials(), NOW.minusSeconds(31)).send();

    assertGatewayError(response, 401, "50102", "Timestamp request expired");
    assertThat(SignedClient.diagnosis(response)).isEqualTo("timestamp-expired OK-ACCESS-TIMESTAMP is 31.000 s"
        + " behind the simulator clock (2024-05-01T12:00:00.000Z); OKX accepts 30 s."
        + " Sync your clock with GET /api/v5/public/time.");
  }

  @Test
  void timestamp31SecondsAheadOfTheClockIs50102() {
    HttpResponse<String> response = okx.client().get(BALANCE)
        .signedBy(okx.newCredentials(), NOW.plusSeconds(31)).send();

    assertGatewayError(response, 401, "50102", "Timestamp request expired");
    assertThat(SignedClient.diagnosis(response))
        .startsWith("timestamp-expired OK-ACCESS-TIMESTAMP is 31.000 s ahead of the simulator clock");
  }

  @Test
  void expiredTimestampDiagnosisIsTheSameInEveryLocale() {
    Locale before = Locale.getDefault(Locale.Category.FORMAT);
    Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
    try {
      HttpResponse<String> response = okx.client().get(BALANCE)
          .signedBy(okx.newCredentials(), NOW.minusMillis(31_500)).send();

      assertThat(SignedClient.diagnosis(response)).contains(" is 31.500 s behind ");
    } finally {
      Locale.setDefault(Locale.Category.FORMAT, before);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {-30_000, -29_000, 29_000, 30_000})
  void timestampWithin30SecondsOfTheClockPasses(long skewMillis) {
    HttpResponse<String> response = okx.client().get(BALANCE)
        .signedBy(okx.newCredentials(), NOW.plusMillis(skewMillis)).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(code(response)).isEqualTo("0");
  }

  @ParameterizedTest
  @ValueSource(longs = {-30_001, 30_001})
  void timestampOneMillisecondOutsideTheWindowIs50102(long skewMillis) {
    HttpResponse<String> response = okx.client().get(BALANCE)
        .signedBy(okx.newCredentials(), NOW.plusMillis(skewMillis)).send();

    assertThat(code(response)).isEqualTo("50102");
  }

  @Test
  void unknownKeyIs50111() {
    OkxCredentials unregistered = OkxCredentials.of(
        UUID.randomUUID().toString(), "0123456789ABCDEF0123456789ABCDEF", "passphrase1");

    HttpResponse<String> response = okx.client().get(BALANCE).signedBy(unregistered, NOW).send();

    assertGatewayError(response, 401, "50111", "Invalid OK-ACCESS-KEY");
    assertThat(SignedClient.diagnosis(response)).startsWith("unknown-key ");
  }

  @Test
  void unknownKeyWinsOverEveryLaterFault() {
    OkxCredentials unregistered = OkxCredentials.of(
        UUID.randomUUID().toString(), "0123456789ABCDEF0123456789ABCDEF", "passphrase1");

    HttpResponse<String> response = okx.client().get(BALANCE).signedBy(unregistered, NOW)
        .header(OkxHeaders.ACCESS_TIMESTAMP, "not a timestamp")
        .header(OkxHeaders.ACCESS_SIGN, "garbage")
        .without(OkxHeaders.SIMULATED_TRADING)
        .send();

    assertThat(code(response)).isEqualTo("50111");
  }

  @Test
  void wrongPassphraseIs50105() {
    HttpResponse<String> response = balance(
        okx.newCredentials(), r -> r.header(OkxHeaders.ACCESS_PASSPHRASE, "not-the-passphrase"));

    assertGatewayError(response, 401, "50105", "Request header OK-ACCESS-PASSPHRASE incorrect.");
    assertThat(SignedClient.diagnosis(response)).startsWith("wrong-passphrase ");
  }

  @Test
  void demoKeyWithoutSimulatedTradingHeaderIs50101() {
    HttpResponse<String> response =
        balance(okx.newCredentials(), r -> r.without(OkxHeaders.SIMULATED_TRADING));

    assertGatewayError(response, 401, "50101", "APIKey does not match current environment.");
    assertThat(SignedClient.diagnosis(response)).isEqualTo("environment-mismatch This is a demo-trading key:"
        + " send the header 'x-simulated-trading: 1' with every request.");
  }

  @Test
  void demoKeyWithSimulatedTradingZeroIs50101() {
    HttpResponse<String> response =
        balance(okx.newCredentials(), r -> r.header(OkxHeaders.SIMULATED_TRADING, "0"));

    assertThat(code(response)).isEqualTo("50101");
  }

  @Test
  void liveKeyWithSimulatedTradingHeaderIs50101() {
    OkxCredentials live = okx.server().addCredentials(okx.newCredentials().withEnvironment(Environment.LIVE));

    HttpResponse<String> response = balance(live, r -> r.header(OkxHeaders.SIMULATED_TRADING, "1"));

    assertGatewayError(response, 401, "50101", "APIKey does not match current environment.");
    assertThat(SignedClient.diagnosis(response)).startsWith("environment-mismatch This is a live key");
  }

  @Test
  void liveKeyPassesWithSimulatedTradingZeroOrWithout() {
    OkxCredentials live = okx.server().addCredentials(okx.newCredentials().withEnvironment(Environment.LIVE));

    assertThat(balance(live, r -> r.header(OkxHeaders.SIMULATED_TRADING, "0")).statusCode()).isEqualTo(200);
    assertThat(balance(live, r -> r.without(OkxHeaders.SIMULATED_TRADING)).statusCode()).isEqualTo(200);
  }

  @Test
  void requestFromAnAddressOffTheAllowListIs50110() {
    OkxCredentials key =
        okx.server().addCredentials(okx.newCredentials().withAllowedIps(List.of("10.1.2.3")));

    HttpResponse<String> response = balance(key, r -> r);

    assertGatewayError(response, 401, "50110",
        "Your IP 127.0.0.1 is not included in your API key's " + key.apiKey() + " IP whitelist.");
    assertThat(SignedClient.diagnosis(response)).isEqualTo("ip-not-allowed The request came from 127.0.0.1,"
        + " which is not on the key's IP allow-list [10.1.2.3].");
  }

  @Test
  void requestFromAnAllowedAddressPasses() {
    OkxCredentials key = okx.server().addCredentials(
        okx.newCredentials().withAllowedIps(List.of("10.1.2.3", "127.0.0.1")));

    assertThat(balance(key, r -> r).statusCode()).isEqualTo(200);
  }

  @Test
  void xForwardedForDoesNotPassTheAllowListUnlessTrusted() {
    OkxCredentials key = okx.server().addCredentials(okx.newCredentials().withAllowedIps(List.of("10.1.2.3")));

    HttpResponse<String> response = balance(key, r -> r.header("X-Forwarded-For", "10.1.2.3"));

    assertGatewayError(response, 401, "50110",
        "Your IP 127.0.0.1 is not included in your API key's " + key.apiKey() + " IP whitelist.");
  }

  @Test
  void badSignatureGetsExactlyOkxBodyAndStatus() {
    HttpResponse<String> response = balance(okx.newCredentials(),
        r -> r.header(OkxHeaders.ACCESS_SIGN, "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw="));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(SignedClient.diagnosis(response)).isNotBlank();
  }

  @Test
  void readOnlyKeyPlacingAnOrderIs50120WithHttp200() {
    OkxCredentials readOnly =
        okx.server().addCredentials(okx.newCredentials().withPermissions(EnumSet.of(Permission.READ_ONLY)));

    HttpResponse<String> response = okx.client().post(ORDER, ORDER_BODY).signedBy(readOnly, NOW).send();

    assertGatewayError(response, 200, "50120", "This API key doesn't have permission to use this function");
    assertThat(SignedClient.diagnosis(response)).isEqualTo(
        "missing-permission This endpoint needs the 'trade' permission; the key has [read_only].");
  }

  @Test
  void readOnlyKeyMayStillRead() {
    OkxCredentials readOnly =
        okx.server().addCredentials(okx.newCredentials().withPermissions(EnumSet.of(Permission.READ_ONLY)));

    assertThat(balance(readOnly, r -> r).statusCode()).isEqualTo(200);
  }

  @Test
  void badSignatureIsReportedBeforeMissingPermission() {
    OkxCredentials readOnly =
        okx.server().addCredentials(okx.newCredentials().withPermissions(EnumSet.of(Permission.READ_ONLY)));

    HttpResponse<String> response = okx.client().post(ORDER, ORDER_BODY).signedBy(readOnly, NOW)
        .header(OkxHeaders.ACCESS_SIGN, "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=").send();

    assertThat(code(response)).isEqualTo("50113");
  }

  @Test
  void tradeKeyPlacingAnOrderGetsPastTheGate() {
    HttpResponse<String> response = okx.client().post(ORDER, ORDER_BODY).signedBy(okx.newCredentials(), NOW).send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(SignedClient.diagnosis(response)).isNull();
  }

  /**
   * One developer's successive fixes on OKX went 50112 → 50102 → 50110 → 50101 → success (§2.7): a
   * request wrong in every way gets the earliest error, and fixing one fault reveals the next.
   */
  @Test
  void successiveFixesRevealErrorsInOkxOrder() {
    OkxCredentials key = okx.newCredentials();
    List<UnaryOperator<SignedClient.OkxRequest>> faults = List.of(
        r -> r.header(OkxHeaders.ACCESS_KEY, UUID.randomUUID().toString()),
        r -> r.header(OkxHeaders.ACCESS_TIMESTAMP, "2024-05-01 12:00:00"),
        r -> r.header(OkxHeaders.ACCESS_TIMESTAMP, "2024-05-01T11:58:00.000Z"),
        r -> r, // the key's IP allow-list, see below
        r -> r.without(OkxHeaders.SIMULATED_TRADING),
        r -> r.header(OkxHeaders.ACCESS_PASSPHRASE, "wrong"),
        r -> r.header(OkxHeaders.ACCESS_SIGN, "wrong"),
        r -> r); // the key's permissions, see below
    List<String> codes = new ArrayList<>();
    for (int fixed = 0; fixed <= faults.size(); fixed++) {
      okx.server().addCredentials(key
          .withAllowedIps(fixed <= 3 ? List.of("10.1.2.3") : List.of())
          .withPermissions(fixed <= 7 ? EnumSet.of(Permission.READ_ONLY) : EnumSet.of(Permission.TRADE)));
      SignedClient.OkxRequest request = okx.client().post(ORDER, ORDER_BODY).signedBy(key, NOW);
      // Last first, so the bad-format timestamp (an earlier fault) overwrites the expired one.
      for (int i = faults.size() - 1; i >= fixed; i--) {
        faults.get(i).apply(request);
      }
      HttpResponse<String> response = request.send();
      boolean passed = response.statusCode() == 200 && SignedClient.diagnosis(response) == null;
      codes.add(passed ? "past the gate" : code(response));
    }

    assertThat(codes).containsExactly(
        "50111", "50112", "50102", "50110", "50101", "50105", "50113", "50120", "past the gate");
  }

  @Test
  void everyRefusalIsRecordedWithItsCode() {
    OkxCredentials key = okx.newCredentials();

    balance(key, r -> r.header(OkxHeaders.ACCESS_PASSPHRASE, "wrong"));

    List<AuthFailure> failures = okx.server().control().authFailures(Optional.of(key.apiKey()));
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("50105");
      assertThat(f.httpStatus()).isEqualTo(401);
      assertThat(f.method()).isEqualTo("GET");
      assertThat(f.target()).isEqualTo(BALANCE);
      assertThat(f.diagnosis().id()).isEqualTo("wrong-passphrase");
      assertThat(f.at()).isEqualTo(NOW);
    });
  }

  private static HttpResponse<String> balance(
      OkxCredentials key, UnaryOperator<SignedClient.OkxRequest> change) {
    return change.apply(okx.client().get(BALANCE).signedBy(key, NOW)).send();
  }

  static String code(HttpResponse<String> response) {
    return JsonBodies.read(response.body()).get("code").asText();
  }

  static void assertGatewayError(HttpResponse<String> response, int status, String code, String message) {
    assertThat(response.statusCode()).as("HTTP status").isEqualTo(status);
    assertThat(response.body())
        .isEqualTo("{\"msg\":" + JsonBodies.quote(message) + ",\"code\":\"" + code + "\"}");
  }
}
