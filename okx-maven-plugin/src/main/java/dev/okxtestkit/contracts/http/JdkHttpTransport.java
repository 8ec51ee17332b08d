package dev.okxtestkit.contracts.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JDK's HTTP client: TLS trust comes from the JVM's default trust store, so
 * {@code -Djavax.net.ssl.trustStore} applies, as for any Java client.
 */
public final class JdkHttpTransport implements OkxTransport {

  private final HttpClient client;
  private final String baseUrl;
  private final Duration timeout;

  public JdkHttpTransport(String baseUrl, Duration timeout) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER) // a redirect would leave the target unnoticed
        .build();
  }

  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public HttpAnswer send(HttpCall call) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + call.target()))
        .timeout(timeout)
        .method(call.method(), call.body().isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(call.body()));
    call.headers().forEach(request::header);
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new LinkedHashMap<>();
      response.headers().map().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
      return new HttpAnswer(response.statusCode(), headers, response.body());
    } catch (IOException e) {
      // Only the URL and the JDK's reason: the request's headers never reach a message.
      throw new TargetUnreachableException(
          "No answer from " + baseUrl + " to " + call + ": " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetUnreachableException("Interrupted while calling " + baseUrl + call.target(), e);
    }
  }
}
