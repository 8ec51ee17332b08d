package dev.okxtestkit.wiremock;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small HTTP client for acceptance tests: builds an OKX request, signs it with the reference signer
 * and then lets the test break it on purpose (drop, replace or add headers) before sending it.
 */
final class SignedClient {

  /** Every request gives up after this long, so a hanging server fails the test instead of blocking it. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private final String baseUrl;

  SignedClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  SignedClient(OkxSimulatorServer server) {
    this(server.baseUrl());
  }

  OkxRequest get(String target) {
    return new OkxRequest("GET", target, "");
  }

  OkxRequest post(String target, String body) {
    return new OkxRequest("POST", target, body);
  }

  OkxRequest request(String method, String target, String body) {
    return new OkxRequest(method, target, body);
  }

  /** The diagnosis header of a response, or {@code null}. */
  static String diagnosis(HttpResponse<?> response) {
    return response.headers().firstValue(OkxSimulation.DIAGNOSIS_HEADER).orElse(null);
  }

  /** One request being built. */
  final class OkxRequest {
    private final String method;
    private final String target;
    private final String body;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private OkxRequest(String method, String target, String body) {
      this.method = method;
      this.target = target;
      this.body = body;
    }

    /** Adds every header a private request needs, signed with the key's secret at {@code at}. */
    OkxRequest signedBy(OkxCredentials key, Instant at) {
      headers.putAll(new OkxSigner().headers(key, method, target, body, at));
      return this;
    }

    /** Sets (or replaces) a header. */
    OkxRequest header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    OkxRequest without(String... names) {
      for (String name : names) {
        headers.remove(name);
      }
      return this;
    }

    HttpResponse<String> send() {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + target))
          .timeout(TIMEOUT)
          .method(method, body.isEmpty() && !method.equals("POST")
              ? BodyPublishers.noBody()
              : BodyPublishers.ofString(body));
      headers.forEach(builder::header);
      try {
        return http.send(builder.build(), BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + target + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
