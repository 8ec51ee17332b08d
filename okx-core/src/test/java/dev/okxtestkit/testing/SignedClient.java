package dev.okxtestkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.Supplier;

/**
 * The one signed HTTP client of the test suites (okx-core's test jar carries it to every module): builds
 * an OKX request, signs it with the reference signer, and lets a test break it on purpose (drop, replace
 * or add headers) before sending it over real HTTP. {@link #as} gives the short form for tests that only
 * want answers: {@code client.as(key, clock).get("/api/v5/account/balance").code()}.
 */
public final class SignedClient {

  /** Every request gives up after this long, so a hanging server fails the test instead of blocking it. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final ObjectMapper JSON = new ObjectMapper();
  // Its own JDK client, so its pooled connections are its own: the JDK retries a GET once when a pooled
  // connection breaks, which would hide a dropped connection a test provokes on a fresh client.
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private final String baseUrl;

  public SignedClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public OkxRequest get(String target) {
    return new OkxRequest("GET", target, "");
  }

  public OkxRequest post(String target, String body) {
    return new OkxRequest("POST", target, body);
  }

  public OkxRequest request(String method, String target, String body) {
    return new OkxRequest(method, target, body);
  }

  /** Requests signed with {@code key} at the time {@code now} gives (unsigned when {@code key} is null). */
  public Signed as(OkxCredentials key, Supplier<Instant> now) {
    return new Signed(key, now);
  }

  /** The diagnosis header of a response, or {@code null}. */
  public static String diagnosis(HttpResponse<?> response) {
    return response.headers().firstValue(OkxSimulation.DIAGNOSIS_HEADER).orElse(null);
  }

  /** One request being built. */
  public final class OkxRequest {
    private final String method;
    private final String target;
    private final String body;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private OkxRequest(String method, String target, String body) {
      this.method = method;
      this.target = target;
      this.body = body;
      headers.put("Content-Type", "application/json");
    }

    /** Adds every header a private request needs, signed with the key's secret at {@code at}. */
    public OkxRequest signedBy(OkxCredentials key, Instant at) {
      headers.putAll(new OkxSigner().headers(key, method, target, body, at));
      return this;
    }

    /** Sets (or replaces) a header. */
    public OkxRequest header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public OkxRequest without(String... names) {
      for (String name : names) {
        headers.remove(name);
      }
      return this;
    }

    public HttpResponse<String> send() {
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

    /** Sends it and parses the answer. */
    public Reply reply() {
      HttpResponse<String> response = send();
      return Reply.of(response.statusCode(), response.body());
    }
  }

  /** Requests of one key at one clock, answered as {@link Reply}s. */
  public final class Signed {
    private final OkxCredentials key;
    private final Supplier<Instant> now;

    private Signed(OkxCredentials key, Supplier<Instant> now) {
      this.key = key;
      this.now = now;
    }

    public Reply get(String target) {
      return send("GET", target, "");
    }

    public Reply post(String path, String body) {
      return send("POST", path, body);
    }

    public Reply send(String method, String target, String body) {
      OkxRequest request = request(method, target, body);
      return (key == null ? request : request.signedBy(key, now.get())).reply();
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.nullNode();
    }
  }

  /** An answer: status, raw body and parsed JSON ({@code null} node when it is not JSON). */
  public record Reply(int status, String body, JsonNode json) {
    public static Reply of(int status, String body) {
      return new Reply(status, body, parse(body));
    }

    public String code() {
      return json.path("code").asText();
    }

    public JsonNode data() {
      return json.path("data");
    }

    public JsonNode first() {
      return data().path(0);
    }
  }
}
