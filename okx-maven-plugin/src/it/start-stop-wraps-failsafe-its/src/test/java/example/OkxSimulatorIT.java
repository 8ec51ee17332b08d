package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An application's integration test against the simulator okx:start started. */
class OkxSimulatorIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl = System.getProperty("okx.baseUrl");

  @Test
  void publicEndpointAnswers() throws Exception {
    assertTrue(baseUrl.startsWith("http://127.0.0.1:"), baseUrl);
    HttpResponse<String> time = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v5/public/time")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, time.statusCode());
    assertTrue(time.body().contains("\"code\":\"0\""), time.body());
  }

  @Test
  void exportedKeySignsPrivateRequests() throws Exception {
    OkxCredentials key = OkxCredentials.of(System.getProperty("okx.apiKey"), System.getProperty("okx.secretKey"),
        System.getProperty("okx.passphrase"));
    String target = "/api/v5/account/balance?ccy=USDT";
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target));
    new OkxSigner().headers(key, "GET", target, "", Instant.now()).forEach(request::header);

    HttpResponse<String> balance = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

    assertEquals(200, balance.statusCode(), balance.body());
    assertTrue(balance.body().contains("\"ccy\":\"USDT\""), balance.body());
  }

  @Test
  void unsignedPrivateRequestIsRefused() throws Exception {
    HttpResponse<String> balance = http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v5/account/balance")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(401, balance.statusCode(), balance.body());
  }
}
