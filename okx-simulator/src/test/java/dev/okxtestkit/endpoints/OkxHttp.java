package dev.okxtestkit.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** A minimal OKX client for tests: signs with the reference signer and parses answers. */
final class OkxHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final OkxCredentials key;
  private final Supplier<Instant> now;

  OkxHttp(String baseUrl, OkxCredentials key, Supplier<Instant> now) {
    this.baseUrl = baseUrl;
    this.key = key;
    this.now = now;
  }

  Reply get(String target) {
    return send("GET", target, "");
  }

  Reply post(String path, String body) {
    return send("POST", path, body);
  }

  Reply send(String method, String target, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
        .timeout(Duration.ofSeconds(10))
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (key != null) {
      new OkxSigner().headers(key, method, target, body, now.get()).forEach(request::header);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), parse(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.nullNode();
    }
  }

  /** An answer: status, raw body and parsed JSON. */
  record Reply(int status, String body, JsonNode json) {
    String code() {
      return json.path("code").asText();
    }

    JsonNode data() {
      return json.path("data");
    }

    JsonNode first() {
      return data().path(0);
    }
  }
}
