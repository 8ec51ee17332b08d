package dev.okxtestkit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SimulationClient;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The control contract over real HTTP: {@link HttpOkxControl} against a running simulator that needs an
 * admin token, so every call also proves the token is sent.
 */
class HttpOkxControlAcceptanceTest extends OkxControlContract {

  private static final String TOKEN = "contract-admin-token";

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.with(b -> b.adminToken(TOKEN).logAuthFailures(false));

  @Override
  protected OkxControl control() {
    return new HttpOkxControl(okx.server().baseUrl(), Optional.of(TOKEN));
  }

  @Override
  protected OkxSimulation simulation() {
    return okx.server().simulation();
  }

  @Test
  void withoutTheTokenEveryCommandIsRefused() {
    HttpOkxControl anonymous = new HttpOkxControl(okx.server().baseUrl());

    assertThatThrownBy(anonymous::now).isInstanceOf(OkxControlException.class)
        .satisfies(e -> assertThat(((OkxControlException) e).status()).isEqualTo(401))
        .hasMessageContaining("Authorization: Bearer");
  }

  @Test
  void ordersTravelWithOkxsOwnTerms() throws Exception {
    var key = control().createKey(KeySpec.demo());
    new SimulationClient(simulation()).as(key).post("/api/v5/trade/order", "{\"instId\":\"ETH-USDT\","
        + "\"tdMode\":\"cash\",\"side\":\"sell\",\"ordType\":\"post_only\",\"px\":\"99999\",\"sz\":\"0.01\"}");
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
        okx.server().baseUrl() + "/__admin/okx/accounts/" + key.apiKey() + "/orders"))
        .header("Authorization", "Bearer " + TOKEN).build();

    String body = java.net.http.HttpClient.newHttpClient()
        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();

    assertThat(body).contains("\"side\":\"sell\"", "\"ordType\":\"post_only\"", "\"state\":\"live\"");
  }

  @Test
  void theTokenNeverShowsInToString() {
    assertThat(control().toString()).doesNotContain(TOKEN).contains("****");
  }
}
