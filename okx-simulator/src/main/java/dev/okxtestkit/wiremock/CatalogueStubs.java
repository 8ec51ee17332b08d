package dev.okxtestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.okxtestkit.endpoints.Endpoint;
import dev.okxtestkit.endpoints.EndpointCatalogue;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One low-priority stub per simulator endpoint, routed to {@link OkxApiTransformer}. They come back
 * after a WireMock reset, so {@code resetAll()} clears the user's stubs without breaking the simulator.
 */
final class CatalogueStubs implements StubLifecycleListener {

  static final String NAME = "okx-catalogue-stubs";
  /** WireMock serves the lowest number first; user stubs default to 5, so these always lose. */
  static final int PRIORITY = 1_000;

  private static final String METADATA_KEY = "okx-testkit";
  private static final String METADATA_VALUE = "catalogue";

  private final EndpointCatalogue catalogue;
  private final Supplier<Admin> admin;

  CatalogueStubs(EndpointCatalogue catalogue, Supplier<Admin> admin) {
    this.catalogue = catalogue;
    this.admin = admin;
  }

  @Override
  public String getName() {
    return NAME;
  }

  void register() {
    for (Endpoint endpoint : catalogue.all()) {
      StubMapping stub = any(urlPathEqualTo(endpoint.path()))
          .atPriority(PRIORITY)
          .withName("OKX simulator " + endpoint.method() + " " + endpoint.path())
          .withMetadata(Map.of(METADATA_KEY, METADATA_VALUE))
          .willReturn(aResponse().withTransformers(OkxApiTransformer.NAME))
          .build();
      stub.setPersistent(false);
      admin.get().addStubMapping(stub);
    }
  }

  @Override
  public void afterStubsReset() {
    register();
  }

  static boolean isCatalogueStub(StubMapping stub) {
    return stub.getMetadata() != null && METADATA_VALUE.equals(stub.getMetadata().getString(METADATA_KEY, null));
  }
}
