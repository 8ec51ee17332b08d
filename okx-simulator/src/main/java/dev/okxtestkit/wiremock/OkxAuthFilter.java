package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.protocol.ApiResponse;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The authentication gate in front of every stub, the simulator's and the user's. A request filter
 * runs before stub matching, so a refused request changes no scenario state and reaches no stub.
 */
final class OkxAuthFilter implements StubRequestFilterV2 {

  static final String NAME = "okx-auth";

  private final OkxSimulation simulation;
  private final Supplier<Admin> admin;

  private final BareQueryFilter bareQuery;

  OkxAuthFilter(OkxSimulation simulation, Supplier<Admin> admin, BareQueryFilter bareQuery) {
    this.simulation = simulation;
    this.admin = admin;
    this.bareQuery = bareQuery;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    Optional<ApiResponse> refusal =
        simulation.admit(
        WireMockRequests.toApiRequest(request, WireMockRequests.GATE_HEADERS, bareQuery),
        () -> userStubMatches(request));
    if (refusal.isEmpty()) {
      return RequestFilterAction.continueWith(request);
    }
    ApiResponse response = refusal.get();
    serveEvent.appendSubEvent(NAME, Map.of(
        "status", response.status(),
        "body", response.body(),
        "diagnosis", response.headers().getOrDefault(OkxSimulation.DIAGNOSIS_HEADER, "")));
    return RequestFilterAction.stopWith(WireMockResponses.toResponseDefinition(response));
  }

  private boolean userStubMatches(Request request) {
    return admin.get().listAllStubMappings().getMappings().stream()
        .filter(stub -> !CatalogueStubs.isCatalogueStub(stub))
        .anyMatch(stub -> stub.getRequest().match(request).isExactMatch());
  }
}
