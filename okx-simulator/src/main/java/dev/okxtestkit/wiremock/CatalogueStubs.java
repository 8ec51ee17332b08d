package dev.okxtestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.okxtestkit.endpoints.Routes;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The low-priority stub that routes the simulator's endpoints to {@link OkxApiTransformer}. They come back
 * after a WireMock reset, so {@code resetAll()} clears the user's stubs without breaking the simulator.
 */
final class CatalogueStubs implements StubLifecycleListener {

  static final String NAME = "okx-catalogue-stubs";
  /** WireMock serves the lowest number first; user stubs default to 5, so these always lose. */
  static final int PRIORITY = 1_000;

  private static final String METADATA_KEY = "okx-testkit";
  private static final String METADATA_VALUE = "catalogue";

  private final Supplier<Admin> admin;
  /** What WireMock adds to the answers of the stub registered last (it is registered again after a reset). */
  private volatile Map<String, String> matchedStubHeaders = Map.of();

  CatalogueStubs(Supplier<Admin> admin) {
    this.admin = admin;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /**
   * One stub for all of /api/v5, not one per endpoint: WireMock tries stubs one by one on every
   * request, so each extra stub costs every request. The gate has already answered 404 for paths the
   * simulator does not serve, so only its own endpoints (and users' stubs) get here.
   */
  void register() {
    StubMapping stub = any(urlPathMatching(Routes.API_PREFIX + ".*"))
        .atPriority(PRIORITY)
        .withName("OKX simulator")
        .withMetadata(Map.of(METADATA_KEY, METADATA_VALUE))
        .willReturn(aResponse().withTransformers(OkxApiTransformer.NAME))
        .build();
    stub.setPersistent(false);
    admin.get().addStubMapping(stub);
    matchedStubHeaders = Map.of("Matched-Stub-Id", stub.getId().toString(), "Matched-Stub-Name", stub.getName());
  }

  /**
   * The headers WireMock puts on every answer of a matched stub ({@code Matched-Stub-Id},
   * {@code Matched-Stub-Name}), for the answers the gate gives without WireMock matching the stub, so a
   * client sees the same headers either way.
   */
  Map<String, String> matchedStubHeaders() {
    return matchedStubHeaders;
  }

  @Override
  public void afterStubsReset() {
    register();
  }

  static boolean isCatalogueStub(StubMapping stub) {
    return stub.getMetadata() != null && METADATA_VALUE.equals(stub.getMetadata().getString(METADATA_KEY, null));
  }
}
