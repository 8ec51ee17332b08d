package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.protocol.ApiRequest;

/**
 * Answers the simulator's own endpoints. Applied only to the catalogue stubs, which have the lowest
 * priority, so a user's stub for the same path wins.
 */
final class OkxApiTransformer implements ResponseDefinitionTransformerV2 {

  static final String NAME = "okx-api";

  private final OkxSimulation simulation;

  private final BareQueryFilter bareQuery;
  private final AdmittedRequests admitted;

  OkxApiTransformer(OkxSimulation simulation, BareQueryFilter bareQuery, AdmittedRequests admitted) {
    this.simulation = simulation;
    this.bareQuery = bareQuery;
    this.admitted = admitted;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    ApiRequest request = admitted.take(serveEvent.getId()).orElseGet(() ->
        WireMockRequests.toApiRequest(serveEvent.getRequest(), WireMockRequests.ENDPOINT_HEADERS, bareQuery));
    return WireMockResponses.toResponseDefinition(simulation.serve(request));
  }
}
