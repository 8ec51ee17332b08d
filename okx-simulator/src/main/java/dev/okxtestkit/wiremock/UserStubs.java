package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.function.Supplier;

/**
 * Whether the user has registered stubs of their own (anything but the catalogue stub). While there are
 * none, no stub can win over the simulator's endpoints, so the gate answers them itself instead of having
 * WireMock match the catalogue stub, log the request a second time and run the transformer.
 */
final class UserStubs implements StubLifecycleListener {

  static final String NAME = "okx-user-stubs";

  private final Supplier<Admin> admin;
  /** Set as soon as one is created; recounted only when stubs go, which is rare. */
  private volatile boolean any;

  UserStubs(Supplier<Admin> admin) {
    this.admin = admin;
  }

  @Override
  public String getName() {
    return NAME;
  }

  boolean any() {
    return any;
  }

  /*
   * Synchronized with recount(): WireMock calls these after changing its stubs, from whichever thread
   * changed them. Unordered, a recount that listed the stubs before another thread's creation could
   * overwrite that creation's true with false, and the new stub would be ignored.
   */
  @Override
  public synchronized void afterStubCreated(StubMapping stub) {
    if (!CatalogueStubs.isCatalogueStub(stub)) {
      any = true;
    }
  }

  @Override
  public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
    recount();
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    recount();
  }

  @Override
  public void afterStubsReset() {
    recount();
  }

  private synchronized void recount() {
    any = admin.get().listAllStubMappings().getMappings().stream()
        .anyMatch(stub -> !CatalogueStubs.isCatalogueStub(stub));
  }
}
