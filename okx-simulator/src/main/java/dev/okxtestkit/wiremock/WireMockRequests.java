package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.http.Request;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxHeaders;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns WireMock's request into the simulator's, with only the headers the simulator reads. */
final class WireMockRequests {

  /** What the gate reads: the OK-ACCESS-* headers, the environment header, and Host for diagnoses. */
  static final List<String> GATE_HEADERS = List.of(
      OkxHeaders.ACCESS_KEY, OkxHeaders.ACCESS_SIGN, OkxHeaders.ACCESS_TIMESTAMP, OkxHeaders.ACCESS_PASSPHRASE,
      OkxHeaders.SIMULATED_TRADING, "Host");
  /** What the endpoints read: the key the gate authenticated. */
  static final List<String> ENDPOINT_HEADERS = List.of(OkxHeaders.ACCESS_KEY);

  private WireMockRequests() {}

  /**
   * Copies just the named headers: every request passes through here twice, and copying all of a
   * client's headers cost more than the rest of the conversion.
   */
  static ApiRequest toApiRequest(Request request, List<String> headerNames, BareQueryFilter bareQuery) {
    Map<String, String> headers = new HashMap<>();
    for (String name : headerNames) {
      String value = request.getHeader(name); // WireMock matches names case-insensitively
      if (value != null) {
        headers.put(name, value);
      }
    }
    byte[] body = request.getBody();
    return new ApiRequest(
        request.getMethod().getName(),
        target(request, bareQuery),
        body == null ? "" : new String(body, StandardCharsets.UTF_8),
        headers,
        // The connection's address, or the trusted X-Forwarded-For's first (ClientAddressFilter).
        request.getClientIp());
  }

  /**
   * The undecoded request target (path + '?' + query) as sent, which is what clients sign. WireMock's
   * URL drops a bare '?'; {@link BareQueryFilter} knows it was there.
   */
  private static String target(Request request, BareQueryFilter bareQuery) {
    String url = request.getUrl();
    return url.indexOf('?') < 0 && bareQuery.isBare() ? url + "?" : url;
  }
}
