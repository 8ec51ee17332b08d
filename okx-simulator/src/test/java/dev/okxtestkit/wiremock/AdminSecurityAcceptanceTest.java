package dev.okxtestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.signing.OkxCredentials;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The admin API as an attacker on the network or a web page in the user's browser would try it: over
 * real HTTP, against real servers.
 */
class AdminSecurityAcceptanceTest {

  private static final String SET_BALANCE_BODY = "{\"USDT\":\"1000000000\"}";

  @Test
  void aPageOnAnotherOriginCannotChangeABalance() throws IOException {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
      OkxCredentials key = okx.newCredentials();
      BigDecimal before = usdt(okx, key);

      // What a page on http://evil.example can send without a preflight: a "simple" text/plain POST.
      RawHttp.Reply reply = post(okx.port(), "/__admin/okx/accounts/" + key.apiKey() + "/balances",
          SET_BALANCE_BODY, "Origin: http://evil.example", "Content-Type: text/plain");

      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.body()).contains("\"code\":\"403\"").contains("web pages");
      assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
      assertThat(usdt(okx, key)).isEqualByComparingTo(before);
    }
  }

  @Test
  void localPagesAndToolsStillWork() throws IOException {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
      OkxCredentials key = okx.newCredentials();

      assertThat(post(okx.port(), "/__admin/okx/accounts/" + key.apiKey() + "/balances", SET_BALANCE_BODY,
          "Origin: http://localhost:3000").status()).isEqualTo(200);
      assertThat(post(okx.port(), "/__admin/okx/accounts/" + key.apiKey() + "/balances",
          "{\"USDT\":\"5\"}").status()).isEqualTo(200);
      assertThat(usdt(okx, key)).isEqualByComparingTo("5");
    }
  }

  @Test
  void aRebindingHostNameIsRefusedOnLoopback() throws IOException {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
      RawHttp.Reply reply = RawHttp.exchange(okx.port(), ("POST /__admin/okx/reset HTTP/1.1\r\n"
          + "Host: attacker.example:" + okx.port() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));

      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.body()).contains("Host");
      assertThat(RawHttp.get(okx.port(), "/__admin/okx/clock").status()).isEqualTo(200);
    }
  }

  @Test
  void aTokenGuardsEveryAdminPathButHealth() throws IOException {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().adminToken("s3cret-admin-token").start()) {
      OkxCredentials key = okx.newCredentials();
      BigDecimal before = usdt(okx, key);

      RawHttp.Reply without = post(okx.port(), "/__admin/okx/accounts/" + key.apiKey() + "/balances",
          SET_BALANCE_BODY);
      RawHttp.Reply wrong = post(okx.port(), "/__admin/okx/credentials", "{}",
          "Authorization: Bearer s3cret-admin-tokeN");
      RawHttp.Reply mappings = RawHttp.get(okx.port(), "/__admin/mappings");
      RawHttp.Reply shutdown = post(okx.port(), "/__admin/shutdown", "");

      assertThat(without.status()).isEqualTo(401);
      assertThat(without.header("WWW-Authenticate")).startsWith("Bearer");
      assertThat(without.body()).contains("Authorization: Bearer");
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(mappings.status()).isEqualTo(401);
      assertThat(shutdown.status()).isEqualTo(401);
      assertThat(okx.isRunning()).isTrue();
      assertThat(usdt(okx, key)).isEqualByComparingTo(before);

      assertThat(RawHttp.get(okx.port(), "/__admin/health").status()).isEqualTo(200);
      assertThat(post(okx.port(), "/__admin/okx/accounts/" + key.apiKey() + "/balances", "{\"USDT\":\"7\"}",
          "Authorization: Bearer s3cret-admin-token").status()).isEqualTo(200);
      assertThat(usdt(okx, key)).isEqualByComparingTo("7");
    }
  }

  @Test
  void aServerReachableFromOtherMachinesGeneratesAToken() throws IOException {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().bindAddress("0.0.0.0").start();
        OkxSimulatorServer loopback = OkxSimulatorServer.builder().start()) {
      assertThat(okx.adminToken()).hasValueSatisfying(token -> assertThat(token).hasSize(48));
      assertThat(RawHttp.get(okx.port(), "/__admin/okx/clock").status()).isEqualTo(401);
      assertThat(RawHttp.get(okx.port(), "/__admin/okx/clock",
          "Authorization: Bearer " + okx.adminToken().orElseThrow()).status()).isEqualTo(200);
      assertThat(loopback.adminToken()).isEmpty();
    }
  }

  @Test
  void filesAreNotWrittenThroughTheAdminApiAndNeverInTheWorkingDirectory() throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    boolean hadFiles = Files.exists(cwd.resolve("__files"));
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
      RawHttp.Reply put = RawHttp.exchange(okx.port(), ("PUT /__admin/files/planted.txt HTTP/1.1\r\n"
          + "Host: 127.0.0.1:" + okx.port() + "\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
          .getBytes(StandardCharsets.UTF_8));

      assertThat(put.status()).isEqualTo(403);
      assertThat(put.body()).contains("--enable-file-writes");
    }
    assertThat(Files.exists(cwd.resolve("__files"))).isEqualTo(hadFiles);
    assertThat(Files.exists(cwd.resolve("__files/planted.txt"))).isFalse();
  }

  @Test
  void aProxyingStubIsRefusedWhenCreatedAndNothingReachesALoopbackOnlyService() throws IOException {
    try (ServerSocket secretService = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
      String target = "http://127.0.0.1:" + secretService.getLocalPort();

      assertThatThrownBy(() -> okx.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/internal")
          .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().proxiedFrom(target))))
          .hasMessageContaining("--enable-proxying");
      RawHttp.Reply overHttp = post(okx.port(), "/__admin/mappings",
          "{\"request\":{\"url\":\"/internal\"},\"response\":{\"proxyBaseUrl\":\"" + target + "\"}}");

      assertThat(overHttp.status()).isEqualTo(403);
      assertThat(overHttp.body()).contains("Proxy and webhook stubs are off").contains("--enable-proxying");
      assertThat(RawHttp.get(okx.port(), "/internal").status()).isEqualTo(404);
    }
  }

  @Test
  void aWebhookStubIsRefusedWhenCreated() throws Exception {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
      assertThatThrownBy(() -> okx.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/hook")
          .willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok())
          .withServeEventListener("webhook", org.wiremock.webhooks.Webhooks.webhook()
              .withMethod(com.github.tomakehurst.wiremock.http.RequestMethod.GET)
              .withUrl("http://127.0.0.1:1/internal")))).hasMessageContaining("--enable-proxying");
    }
  }

  @Test
  void withProxyingEnabledAProxyStubIsAccepted() {
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder().allowProxying(true).start()) {
      okx.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/elsewhere")
          .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().proxiedFrom("http://127.0.0.1:1")));

      assertThat(okx.wireMock().listAllStubMappings().getMappings())
          .anyMatch(stub -> stub.getResponse().isProxyResponse());
    }
  }

  private static RawHttp.Reply post(int port, String path, String body, String... headerLines)
      throws IOException {
    StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    request.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n").append(body);
    return RawHttp.exchange(port, request.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static BigDecimal usdt(OkxSimulatorServer okx, OkxCredentials key) {
    return okx.control().balances(key.apiKey()).stream()
        .filter(b -> b.currency().equals("USDT")).findFirst().orElseThrow().available();
  }
}
