package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.okxtestkit.protocol.ApiResponse;
import java.util.Map;

/** Turns the simulator's response into WireMock's. */
final class WireMockResponses {

  private WireMockResponses() {}

  static ResponseDefinition toResponseDefinition(ApiResponse response) {
    return toResponseDefinition(response, Map.of());
  }

  /** With {@code extraHeaders} after the response's own. */
  static ResponseDefinition toResponseDefinition(ApiResponse response, Map<String, String> extraHeaders) {
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition();
    if (response.dropConnection()) {
      builder.withFault(Fault.CONNECTION_RESET_BY_PEER);
    } else {
      builder.withStatus(response.status()).withBody(response.body());
      response.headers().forEach(builder::withHeader);
      extraHeaders.forEach(builder::withHeader);
    }
    if (!response.delay().isZero()) {
      builder.withFixedDelay((int) Math.min(Integer.MAX_VALUE, response.delay().toMillis()));
    }
    return builder.build();
  }
}
