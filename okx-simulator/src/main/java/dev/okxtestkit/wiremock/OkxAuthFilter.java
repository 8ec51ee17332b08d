package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.endpoints.Routes;
import dev.okxtestkit.protocol.ApiRequest;
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
  private final AdmittedRequests admitted;
  private final UserStubs userStubs;
  private final CatalogueStubs catalogue;

  OkxAuthFilter(OkxSimulation simulation, Supplier<Admin> admin, BareQueryFilter bareQuery,
      AdmittedRequests admitted, UserStubs userStubs, CatalogueStubs catalogue) {
    this.simulation = simulation;
    this.admin = admin;
    this.bareQuery = bareQuery;
    this.admitted = admitted;
    this.userStubs = userStubs;
    this.catalogue = catalogue;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    ApiRequest converted = WireMockRequests.toApiRequest(request, WireMockRequests.GATE_HEADERS, bareQuery);
    Optional<ApiResponse> refusal = simulation.admit(converted, () -> userStubs.any() && userStubMatches(request));
    if (refusal.isEmpty() && !userStubs.any() && converted.path().startsWith(Routes.API_PREFIX)) {
      // No stub of the user's can win, and an /api/v5 path the gate lets through is one of the simulator's
      // endpoints: answer it here. WireMock then skips stub matching, the second copy of the logged request
      // and the transformer; the journal still records the request and its answer.
      return RequestFilterAction.stopWith(
          WireMockResponses.toResponseDefinition(simulation.serve(converted), catalogue.matchedStubHeaders()));
    }
    if (refusal.isEmpty()) {
      admitted.remember(serveEvent.getId(), converted);
      // WireMock logs the request it is given here a second time (ServeEvent.replaceRequest). Copying the
      // copy it logged first skips Jetty's URL rebuild, header and cookie parsing: about 2% of a
      // balance request's CPU in the profile.
      return RequestFilterAction.continueWith(serveEvent.getRequest());
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
