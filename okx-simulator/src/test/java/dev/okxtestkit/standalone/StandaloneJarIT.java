package dev.okxtestkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shaded jar as users run it: {@code java -jar okx-simulator-<version>-standalone.jar}. */
class StandaloneJarIT {

  private static final String BALANCE = "/api/v5/account/balance";
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void generatesADemoKeyServesSignedRequestsAndStopsOnSigterm() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--port", "0")) {
      String baseUrl = sim.awaitBaseUrl();
      assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+");
      OkxCredentials key = OkxCredentials.of(
          sim.bannerValue("API key"), sim.bannerValue("Secret key"), sim.bannerValue("Passphrase"));

      HttpResponse<String> ok = get(baseUrl, BALANCE + "?ccy=USDT", signed(key, BALANCE + "?ccy=USDT"));
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).contains("\"ccy\":\"USDT\"", "\"availBal\":\"10000\"");

      HttpResponse<String> bad = get(baseUrl, BALANCE + "?ccy=USDT", signed(key, BALANCE));
      assertThat(bad.statusCode()).isEqualTo(401);
      assertThat(bad.body()).isEqualTo("{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}");
      assertThat(bad.headers().firstValue(OkxSimulation.DIAGNOSIS_HEADER)).hasValueSatisfying(
          v -> assertThat(v).startsWith("query-omitted "));
      assertThat(sim.awaitStderrContaining("[query-omitted]", Duration.ofSeconds(5))).isTrue();

      sim.terminate();
      assertThat(sim.awaitExit(Duration.ofSeconds(20))).isIn(0, 143);
    }
  }

  @Test
  void neverEchoesASecretThatWasPassedIn() throws Exception {
    String secret = "0F1E2D3C4B5A69788796A5B4C3D2E1F0";
    String passphrase = "Sup3rSecretPass";
    try (StandaloneProcess sim = StandaloneProcess.start(
        "--port", "0", "--api-key", "3d1f2c4e-0000-4000-8000-00000000beef", "--secret-key", secret,
        "--passphrase", passphrase)) {
      String baseUrl = sim.awaitBaseUrl();
      OkxCredentials key = OkxCredentials.of("3d1f2c4e-0000-4000-8000-00000000beef", secret, passphrase);
      get(baseUrl, BALANCE, Map.of(
          "OK-ACCESS-KEY", key.apiKey(), "OK-ACCESS-SIGN", "wrong", "OK-ACCESS-PASSPHRASE", passphrase,
          "OK-ACCESS-TIMESTAMP", "2020-01-01T00:00:00.000Z", "x-simulated-trading", "1"));
      assertThat(get(baseUrl, BALANCE, signed(key, BALANCE)).statusCode()).isEqualTo(200);
      get(baseUrl, BALANCE, withSign(signed(key, BALANCE), "AAAA"));
      assertThat(sim.awaitStderrContaining("50113", Duration.ofSeconds(5))).isTrue();

      sim.terminate();
      sim.awaitExit(Duration.ofSeconds(20));
      assertThat(String.join("\n", sim.stdout()) + String.join("\n", sim.stderr()))
          .contains(key.apiKey())
          .doesNotContain(secret)
          .doesNotContain(passphrase);
    }
  }

  @Test
  void liveKeysRefuseDemoRequests() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--port", "0", "--environment", "live",
        "--permissions", "read_only")) {
      String baseUrl = sim.awaitBaseUrl();
      OkxCredentials key = OkxCredentials.of(
          sim.bannerValue("API key"), sim.bannerValue("Secret key"), sim.bannerValue("Passphrase"));
      assertThat(sim.bannerValue("Permissions")).isEqualTo("read_only");

      HttpResponse<String> demo = get(baseUrl, BALANCE, signed(key, BALANCE)); // demo header added
      assertThat(demo.body()).isEqualTo("{\"msg\":\"APIKey does not match current environment.\",\"code\":\"50101\"}");
    }
  }

  @Test
  void startsTheKeysAccountWithTheGivenBalances() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--port", "0", "--balance", "USDT=250.5",
        "--balance", "SOL=3")) {
      String baseUrl = sim.awaitBaseUrl();
      OkxCredentials key = OkxCredentials.of(
          sim.bannerValue("API key"), sim.bannerValue("Secret key"), sim.bannerValue("Passphrase"));

      String body = get(baseUrl, BALANCE, signed(key, BALANCE)).body();
      assertThat(body).contains("\"ccy\":\"USDT\"", "\"availBal\":\"250.5\"", "\"ccy\":\"SOL\"")
          .doesNotContain("\"ccy\":\"BTC\"");
    }
  }

  @Test
  void capsTheRequestJournalAsWireMockDoes() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--port", "0", "--max-request-journal-entries", "2")) {
      String baseUrl = sim.awaitBaseUrl();
      for (int i = 0; i < 4; i++) {
        get(baseUrl, "/api/v5/public/time", Map.of());
      }
      JsonNode journal = new ObjectMapper().readTree(get(baseUrl, "/__admin/requests", Map.of()).body());
      assertThat(journal.get("requests")).hasSize(2);
    }
  }

  @Test
  void refusesLargeBodiesAndTrustsXForwardedForOnlyWhenAsked() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--port", "0", "--max-request-body-bytes", "100",
        "--trust-forwarded-for", "--allowed-ips", "10.1.2.3")) {
      String baseUrl = sim.awaitBaseUrl();
      OkxCredentials key = OkxCredentials.of(
          sim.bannerValue("API key"), sim.bannerValue("Secret key"), sim.bannerValue("Passphrase"));

      HttpResponse<String> large = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v5/trade/order"))
          .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString("x".repeat(101))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(large.statusCode()).isEqualTo(413);
      assertThat(large.body()).isEqualTo("{\"code\":\"50000\",\"msg\":\"Request body too large\",\"data\":[]}");

      Map<String, String> forwarded = new java.util.HashMap<>(signed(key, BALANCE));
      forwarded.put("X-Forwarded-For", "10.1.2.3");
      assertThat(get(baseUrl, BALANCE, forwarded).statusCode()).isEqualTo(200);
      assertThat(get(baseUrl, BALANCE, signed(key, BALANCE)).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void bindingBeyondLoopbackPrintsAGeneratedAdminTokenThatGuardsTheAdminApi() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--port", "0", "--bind", "0.0.0.0")) {
      String baseUrl = sim.awaitBaseUrl();
      String token = sim.bannerValue("Admin token").split(" ")[0];

      assertThat(token).matches("[0-9a-f]{48}");
      assertThat(get(baseUrl, "/__admin/okx/clock", Map.of()).statusCode()).isEqualTo(401);
      assertThat(get(baseUrl, "/__admin/okx/clock", Map.of("Authorization", "Bearer " + token)).statusCode())
          .isEqualTo(200);
      assertThat(get(baseUrl, "/__admin/health", Map.of()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aGivenAdminTokenIsNeverEchoed() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--port", "0", "--admin-token", "given-token-1234")) {
      String baseUrl = sim.awaitBaseUrl();

      assertThat(sim.bannerValue("Admin token")).startsWith("(as given with --admin-token or OKX_ADMIN_TOKEN)");
      assertThat(get(baseUrl, "/__admin/requests", Map.of()).statusCode()).isEqualTo(401);
      assertThat(String.join("\n", sim.stdout())).doesNotContain("given-token-1234");
    }
  }

  @Test
  void withoutRequestJournalStillLogsAuthFailures() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--port", "0", "--no-request-journal")) {
      String baseUrl = sim.awaitBaseUrl();
      get(baseUrl, BALANCE, Map.of());
      assertThat(sim.awaitStderrContaining("50103", Duration.ofSeconds(5))).isTrue();
      assertThat(get(baseUrl, "/__admin/requests", Map.of()).body()).doesNotContain(BALANCE);
    }
  }

  @Test
  void refusesABadArgumentWithOneLineAndTheUsage() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--port", "http")) {
      assertThat(sim.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
      assertThat(sim.stderr().get(0))
          .isEqualTo("okx-simulator: --port must be a number from 0 to 65535, not 'http'");
      assertThat(String.join("\n", sim.stderr())).contains("Usage: java -jar");
      assertThat(sim.stdout()).isEmpty();
    }
  }

  @Test
  void aPortInUseIsOneLineWithTheWayOutNotAStackTrace() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        StandaloneProcess sim = StandaloneProcess.start("--port", "0", "--ws-port",
            Integer.toString(taken.getLocalPort()))) {
      assertThat(sim.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
      assertThat(sim.stderr()).hasSize(1);
      assertThat(sim.stderr().get(0))
          .startsWith("okx-simulator: could not start: ")
          .contains("Address already in use", taken.getLocalPort() + " (--ws-port)", "0 picks a free port")
          .doesNotContain("Exception", "\tat ");
      assertThat(sim.stdout()).isEmpty();
    }
  }

  @Test
  void printsHelp() throws Exception {
    try (StandaloneProcess sim = StandaloneProcess.start("--help")) {
      assertThat(sim.awaitExit(Duration.ofSeconds(30))).isZero();
      assertThat(String.join("\n", sim.stdout())).contains("--secret-key", "--no-request-journal");
    }
  }

  private HttpResponse<String> get(String baseUrl, String target, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
        .timeout(Duration.ofSeconds(10)).GET();
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> signed(OkxCredentials key, String target) {
    return new OkxSigner().headers(key, "GET", target, "", Instant.now());
  }

  private static Map<String, String> withSign(Map<String, String> headers, String sign) {
    java.util.Map<String, String> copy = new java.util.HashMap<>(headers);
    copy.put("OK-ACCESS-SIGN", sign);
    return copy;
  }
}
