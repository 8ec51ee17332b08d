package dev.okxtestkit.wiremock;

import dev.okxtestkit.testing.SignedClient;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.signing.OkxCredentials;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client address the IP allow-list and the per-IP rate limits use: the connection's, unless the
 * user trusts {@code X-Forwarded-For}, which is then how tests act as another address.
 */
@Timeout(30)
class ClientAddressAcceptanceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.000Z");
  private static final String BALANCE = "/api/v5/account/balance";
  private static final String TIME = "/api/v5/public/time";
  private static final String FORWARDED_FOR = "X-Forwarded-For";

  @Test
  void perIpRateLimitCountsTheConnectionWhateverXForwardedForSays() {
    try (OkxSimulatorServer server = started(false)) {
      SignedClient client = new SignedClient(server.baseUrl());
      for (int i = 0; i < 10; i++) {
        assertThat(client.get(TIME).header(FORWARDED_FOR, "10.0.0." + i).send().statusCode()).isEqualTo(200);
      }

      // The eleventh request shares the first ten's window: one address, whatever the header said.
      assertThat(client.get(TIME).header(FORWARDED_FOR, "10.0.0.99").send().statusCode()).isEqualTo(429);
    }
  }

  @Test
  void journalShowsTheConnectionAddressAndTheHeaderAsSent() {
    try (OkxSimulatorServer server = started(false)) {
      new SignedClient(server.baseUrl()).get(TIME).header(FORWARDED_FOR, "10.1.2.3").send();

      assertThat(server.wireMock().getAllServeEvents()).singleElement().satisfies(event -> {
        assertThat(event.getRequest().getClientIp()).isEqualTo("127.0.0.1");
        assertThat(event.getRequest().getHeader(FORWARDED_FOR)).isEqualTo("10.1.2.3");
      });
    }
  }

  @Test
  void stubsStillMatchOnXForwardedFor() {
    try (OkxSimulatorServer server = started(false)) {
      server.wireMock().stubFor(get(urlPathEqualTo("/my-app/whoami"))
          .withHeader(FORWARDED_FOR, equalTo("10.1.2.3")).willReturn(okJson("{\"you\":\"10.1.2.3\"}")));

      HttpResponse<String> response =
          new SignedClient(server.baseUrl()).get("/my-app/whoami").header(FORWARDED_FOR, "10.1.2.3").send();

      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void trustedXForwardedForActsAsAnotherAddressForTheAllowList() {
    try (OkxSimulatorServer server = started(true)) {
      SignedClient client = new SignedClient(server.baseUrl());
      OkxCredentials key = server.addCredentials(server.newCredentials().withAllowedIps(List.of("10.1.2.3")));

      assertThat(client.get(BALANCE).signedBy(key, NOW).header(FORWARDED_FOR, "10.1.2.3").send().statusCode())
          .isEqualTo(200);
      assertThat(client.get(BALANCE).signedBy(key, NOW).header(FORWARDED_FOR, "10.1.2.3, 127.0.0.1").send()
          .statusCode()).as("the first address is the client's").isEqualTo(200);
      HttpResponse<String> other = client.get(BALANCE).signedBy(key, NOW).header(FORWARDED_FOR, "10.9.9.9").send();
      assertThat(other.statusCode()).isEqualTo(401);
      assertThat(other.body()).isEqualTo("{\"msg\":\"Your IP 10.9.9.9 is not included in your API key's "
          + key.apiKey() + " IP whitelist.\",\"code\":\"50110\"}");
      assertThat(client.get(BALANCE).signedBy(key, NOW).send().statusCode())
          .as("without the header, the connection's address").isEqualTo(401);
    }
  }

  @Test
  void trustedXForwardedForIsItsOwnAddressForPerIpRateLimits() {
    try (OkxSimulatorServer server = started(true)) {
      SignedClient client = new SignedClient(server.baseUrl());
      for (int i = 0; i < 10; i++) {
        assertThat(client.get(TIME).header(FORWARDED_FOR, "10.0.0.1").send().statusCode()).isEqualTo(200);
      }

      assertThat(client.get(TIME).header(FORWARDED_FOR, "10.0.0.1").send().statusCode()).isEqualTo(429);
      assertThat(client.get(TIME).header(FORWARDED_FOR, "10.0.0.2").send().statusCode()).isEqualTo(200);
    }
  }

  private static OkxSimulatorServer started(boolean trustForwardedFor) {
    return OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).rateLimits(true)
        .trustForwardedFor(trustForwardedFor).start();
  }
}
