package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.okxtestkit.protocol.ApiResponse;

/** Turns the simulator's response into WireMock's. */
final class WireMockResponses {

  private WireMockResponses() {}

  static ResponseDefinition toResponseDefinition(ApiResponse response) {
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition().withStatus(response.status()).withBody(response.body());
    response.headers().forEach(builder::withHeader);
    return builder.build();
  }
}
