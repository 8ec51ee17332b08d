package dev.okxtestkit.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.junit.OkxBaseUrl;
import dev.okxtestkit.junit.OkxInject;
import dev.okxtestkit.junit.OkxSimulator;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The README's plain java.net.http example, compiled and run as written there. */
@OkxSimulator
class PlainJavaClientTest {

  @OkxBaseUrl String baseUrl;
  @OkxInject OkxCredentials key;

  @Test
  void placesAnOrderWithAPlainHttpClient() throws Exception {
    // --- README: plain Java client ---
    HttpClient http = HttpClient.newHttpClient();
    String path = "/api/v5/trade/order";
    String body = "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\","
        + "\"px\":\"30000\",\"sz\":\"0.01\"}";
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    new OkxSigner().headers(key, "POST", path, body, Instant.now()).forEach(request::header);
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    // --- end ---

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"code\":\"0\"", "\"sCode\":\"0\"", "\"sMsg\":\"Order placed\"");
  }
}
