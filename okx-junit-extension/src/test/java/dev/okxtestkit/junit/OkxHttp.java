package dev.okxtestkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A tiny OKX client for the fixtures: real HTTP on loopback, signed with the reference signer. */
final class OkxHttp {

  static final String BALANCE = "/api/v5/account/balance";

  // One client for all fixtures: it is thread-safe and costly to build.
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private OkxHttp() {}

  /** GET {@code pathAndQuery}, signed correctly. */
  static HttpResponse<String> get(String baseUrl, OkxCredentials key, String pathAndQuery) {
    return send(baseUrl, pathAndQuery, new OkxSigner().headers(key, "GET", pathAndQuery, "", Instant.now()));
  }

  /** GET {@code path?query} signed as if the query were not there: OKX answers 50113. */
  static HttpResponse<String> getSignedWithoutQuery(String baseUrl, OkxCredentials key, String path, String query) {
    return send(baseUrl, path + "?" + query, new OkxSigner().headers(key, "GET", path, "", Instant.now()));
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
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    new OkxSigner().headers(key, "POST", path, body, Instant.now()).forEach(request::header);
    return send(request);
  }

  private static HttpResponse<String> send(String baseUrl, String target, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
        .timeout(Duration.ofSeconds(10))
        .GET();
    headers.forEach(request::header);
    return send(request);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
