package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.okxtestkit.OkxSimulation;

/**
 * Answers the simulator's own endpoints. Applied only to the catalogue stubs, which have the lowest
 * priority, so a user's stub for the same path wins.
 */
final class OkxApiTransformer implements ResponseDefinitionTransformerV2 {

  static final String NAME = "okx-api";

  private final OkxSimulation simulation;

  private final BareQueryFilter bareQuery;

  OkxApiTransformer(OkxSimulation simulation, BareQueryFilter bareQuery) {
    this.simulation = simulation;
    this.bareQuery = bareQuery;
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
    return WireMockResponses.toResponseDefinition(
        simulation.serve(WireMockRequests.toApiRequest(serveEvent.getRequest(), WireMockRequests.ENDPOINT_HEADERS,
            bareQuery)));
  }
}
