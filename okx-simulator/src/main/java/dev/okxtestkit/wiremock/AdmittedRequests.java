package dev.okxtestkit.wiremock;

import dev.okxtestkit.protocol.ApiRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpFilter;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Hands the request the gate converted and admitted to the endpoint that answers it, so a request is
 * converted to the simulator's {@link ApiRequest} once rather than twice (the headers copied into two
 * maps, the body decoded to a string: about 1% of a balance request's CPU in the profile). WireMock runs the
 * request filters and the transformer on the thread that serves the request; the slot is keyed by the serve
 * event and cleared when the request ends, so it never outlives its request nor hands one request's
 * headers to another.
 */
final class AdmittedRequests extends HttpFilter {

  private record Admitted(UUID serveEventId, ApiRequest request) {}

  private final ThreadLocal<Admitted> slot = new ThreadLocal<>();

  void remember(UUID serveEventId, ApiRequest request) {
    slot.set(new Admitted(serveEventId, request));
  }

  /** The request the gate admitted for this serve event, once; empty if the gate saw another. */
  Optional<ApiRequest> take(UUID serveEventId) {
    Admitted admitted = slot.get();
    slot.remove();
    return admitted != null && admitted.serveEventId().equals(serveEventId)
        ? Optional.of(admitted.request())
        : Optional.empty();
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      slot.remove();
    }
  }
}
