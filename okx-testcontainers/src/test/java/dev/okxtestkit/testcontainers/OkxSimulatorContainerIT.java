package dev.okxtestkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.signing.Permission;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The image this build made, started by Testcontainers, called from the host as a client would. */
@ExtendWith(DockerAvailable.class)
@Testcontainers
class OkxSimulatorContainerIT {

  private static final String BALANCE = "/api/v5/account/balance";

  @Container
  static final OkxSimulatorContainer OKX = new OkxSimulatorContainer()
      .withBalances(Map.of("USDT", new BigDecimal("250.5"), "SOL", 3));

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void runsTheImageThisBuildMade() {
    assertThat(OKX.getDockerImageName()).isEqualTo(System.getProperty("okx.image",
        OkxSimulatorContainer.DEFAULT_IMAGE.asCanonicalNameString()));
    assertThat(OKX.getBaseUrl()).matches("http://[^:]+:\\d+");
  }

  @Test
  void theWebSocketEndpointsAnswerFromTheHost() throws Exception {
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    WebSocket ws = http.newWebSocketBuilder().buildAsync(
        URI.create(OKX.getWsUrl() + "private"), new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onText(WebSocket socket, CharSequence data,
              boolean last) {
            received.add(data.toString());
            socket.request(1);
            return null;
          }
        }).get(10, TimeUnit.SECONDS);
    try {
      String ts = Long.toString(Instant.now().getEpochSecond());
      OkxCredentials key = OKX.getCredentials();
      ws.sendText("{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + key.apiKey() + "\",\"passphrase\":\""
          + key.passphrase() + "\",\"timestamp\":\"" + ts + "\",\"sign\":\""
          + new OkxSigner().sign(ts, "GET", "/users/self/verify", "", key.secretKey()) + "\"}]}", true).join();

      assertThat(OKX.getWsUrl()).matches("ws://[^:]+:\\d+/ws/v5/");
      assertThat(received.poll(10, TimeUnit.SECONDS)).contains("\"event\":\"login\"",
          "\"code\":\"0\"");
    } finally {
      ws.abort();
    }
  }

  @Test
  void signedRequestFromTheHostPassesTheGate() throws Exception {
    HttpResponse<String> ok = get(OKX.getBaseUrl(), BALANCE, signed(OKX.getCredentials(), BALANCE));

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).startsWith("{\"code\":\"0\"")
        .contains("\"ccy\":\"USDT\"", "\"availBal\":\"250.5\"", "\"ccy\":\"SOL\"")
        .doesNotContain("\"ccy\":\"BTC\"");
  }

  @Test
  void requestSignedWithoutItsQueryGets50113AndTheDiagnosis() throws Exception {
    HttpResponse<String> bad = get(OKX.getBaseUrl(), BALANCE + "?ccy=USDT", signed(OKX.getCredentials(), BALANCE));

    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(bad.body()).isEqualTo("{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}");
    assertThat(bad.headers().firstValue("X-Okx-Simulator-Diagnosis"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("query-omitted "));
  }

  @Test
  void generatedSecretStaysOutOfTheContainerLog() {
    String log = OKX.getLogs();

    assertThat(log).startsWith("OKX simulator listening on http://").contains(OKX.getApiKey())
        .doesNotContain(OKX.getSecretKey()).doesNotContain(OKX.getPassphrase())
        .doesNotContain(OKX.getAdminToken());
  }

  @Test
  void controlSteersTheSimulatorInTheContainer() throws Exception {
    OkxCredentials key = OKX.control().createKey(KeySpec.demo().withStartingBalances(Map.of("USDT", new BigDecimal("42"))));

    HttpResponse<String> balance = get(OKX.getBaseUrl(), BALANCE, signed(key, BALANCE));

    assertThat(balance.body()).contains("\"ccy\":\"USDT\"", "\"availBal\":\"42\"");
    assertThat(OKX.control().balances(key.apiKey())).singleElement()
        .satisfies(b -> assertThat(b.available()).isEqualByComparingTo("42"));
  }

  @Test
  void theAdminApiNeedsTheContainersToken() throws Exception {
    String clock = "/__admin/okx/clock";

    assertThat(get(OKX.getBaseUrl(), clock, Map.of()).statusCode()).isEqualTo(401);
    assertThat(get(OKX.getBaseUrl(), clock, Map.of("Authorization", "Bearer " + OKX.getAdminToken())).statusCode())
        .isEqualTo(200);
    assertThat(get(OKX.getBaseUrl(), "/__admin/health", Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void enforcesTheEnvironmentAndPermissionsOfAGivenKey() throws Exception {
    OkxCredentials live = new OkxCredentials("3d1f2c4e-0000-4000-8000-00000000beef",
        "0F1E2D3C4B5A69788796A5B4C3D2E1F0", "Passphrase1", EnumSet.of(Permission.READ_ONLY),
        Environment.LIVE, List.of());
    try (OkxSimulatorContainer okx = new OkxSimulatorContainer(live)) {
      okx.start();

      assertThat(get(okx.getBaseUrl(), BALANCE, signed(live, BALANCE)).statusCode()).isEqualTo(200);
      HttpResponse<String> demo = get(okx.getBaseUrl(), BALANCE, signed(live.withEnvironment(Environment.DEMO), BALANCE));
      assertThat(demo.body())
          .isEqualTo("{\"msg\":\"APIKey does not match current environment.\",\"code\":\"50101\"}");
      assertThat(okx.getLogs()).contains("Environment: live", "Permissions: read_only\n");
    }
  }

  @Test
  void stopsCleanlyOnSigterm() {
    try (OkxSimulatorContainer okx = new OkxSimulatorContainer()) {
      okx.start();
      DockerClient docker = okx.getDockerClient();
      String id = okx.getContainerId();

      // What `docker stop` and `docker compose down` do; Testcontainers' own stop() kills outright.
      long started = System.nanoTime();
      docker.stopContainerCmd(id).withTimeout(30).exec();
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
      assertThat(state.getRunning()).isFalse();
      assertThat(state.getOOMKilled()).isFalse();
      // 143 = the JVM ended by SIGTERM after its shutdown hooks; 137 would mean Docker had to SIGKILL.
      assertThat(state.getExitCodeLong()).isIn(0L, 143L);
      assertThat(took).isLessThan(Duration.ofSeconds(5));

      okx.stop();
      assertThatThrownBy(() -> docker.inspectContainerCmd(id).exec()).isInstanceOf(NotFoundException.class);
    }
  }

  private HttpResponse<String> get(String baseUrl, String target, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
        .timeout(Duration.ofSeconds(10)).GET();
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> signed(OkxCredentials key, String requestPath) {
    return new OkxSigner().headers(key, "GET", requestPath, "", Instant.now());
  }
}
