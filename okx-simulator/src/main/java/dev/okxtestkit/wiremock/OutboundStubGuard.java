package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.common.Errors;
import com.github.tomakehurst.wiremock.common.NotPermittedException;
import com.github.tomakehurst.wiremock.extension.PostServeActionDefinition;
import com.github.tomakehurst.wiremock.extension.ServeEventListenerDefinition;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Refuses stubs that make the simulator send requests to other hosts (proxy stubs, which recording
 * also creates, and webhooks) unless proxying was allowed: anyone who can add a stub could otherwise
 * read servers that listen only on the simulator's loopback or private network. The admin API answers
 * 403 with WireMock's error body; a Java {@code stubFor} gets the exception. WireMock's proxy target
 * rules deny every address as well, for anything that gets past this.
 */
final class OutboundStubGuard implements StubLifecycleListener {

  static final String NAME = "okx-outbound-stub-guard";

  static final String MESSAGE = "Proxy and webhook stubs are off in the OKX simulator: they would let anyone"
      + " who can add a stub reach other hosts from it. Start it with --enable-proxying"
      + " (OKX_ENABLE_PROXYING=true, or allowProxying(true) on the builder) to use them.";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void beforeStubCreated(StubMapping stub) {
    refuseOutbound(stub);
  }

  @Override
  public void beforeStubEdited(StubMapping oldStub, StubMapping newStub) {
    refuseOutbound(newStub);
  }

  private static void refuseOutbound(StubMapping stub) {
    boolean proxy = stub.getResponse() != null && stub.getResponse().isProxyResponse();
    Stream<String> listeners = Stream.concat(
        orEmpty(stub.getServeEventListeners()).stream().map(ServeEventListenerDefinition::getName),
        orEmpty(stub.getPostServeActions()).stream().map(PostServeActionDefinition::getName));
    if (proxy || listeners.filter(Objects::nonNull).anyMatch("webhook"::equals)) {
      throw new NotPermittedException(Errors.single(40, MESSAGE));
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
