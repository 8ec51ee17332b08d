package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import dev.okxtestkit.protocol.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Turns WireMock's request into the simulator's. */
final class WireMockRequests {

  private WireMockRequests() {}

  static ApiRequest toApiRequest(Request request) {
    Map<String, String> headers = new HashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key(), header.firstValue());
    }
    byte[] body = request.getBody();
    return new ApiRequest(
        request.getMethod().getName(),
        // getUrl() is the undecoded request target (path + '?' + query), which is what clients sign.
        request.getUrl(),
        body == null ? "" : new String(body, StandardCharsets.UTF_8),
        headers,
        request.getClientIp());
  }
}
