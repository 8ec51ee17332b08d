package dev.okxtestkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.testing.SignedClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Short forms over okx-core's {@link SignedClient} for the fixtures: real HTTP on loopback, signed. */
final class OkxHttp {

  static final String BALANCE = "/api/v5/account/balance";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One client per simulator URL (in practice: the one shared simulator), as building one costs a thread. */
  private static final Map<String, SignedClient> CLIENTS = new ConcurrentHashMap<>();

  private OkxHttp() {}

  private static SignedClient client(String baseUrl) {
    return CLIENTS.computeIfAbsent(baseUrl, SignedClient::new);
  }

  /** GET {@code pathAndQuery}, signed correctly. */
  static HttpResponse<String> get(String baseUrl, OkxCredentials key, String pathAndQuery) {
    return client(baseUrl).get(pathAndQuery).signedBy(key, Instant.now()).send();
  }

  /** GET {@code path?query} signed as if the query were not there: OKX answers 50113. */
  static HttpResponse<String> getSignedWithoutQuery(String baseUrl, OkxCredentials key, String path, String query) {
    SignedClient.OkxRequest request = client(baseUrl).get(path + "?" + query);
    new OkxSigner().headers(key, "GET", path, "", Instant.now()).forEach(request::header);
    return request.send();
  }

  /** The available amount of {@code currency} in a balance response, zero when it is not listed. */
  static BigDecimal available(HttpResponse<String> balance, String currency) {
    try {
      for (JsonNode detail : JSON.readTree(balance.body()).path("data").path(0).path("details")) {
        if (detail.path("ccy").asText().equals(currency)) {
          return new BigDecimal(detail.path("availBal").asText());
        }
      }
      return BigDecimal.ZERO;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpResponse<String> post(String baseUrl, OkxCredentials key, String path, String body) {
    return client(baseUrl).post(path, body).signedBy(key, Instant.now()).send();
  }
}
