package dev.okxtestkit.wiremock;

import java.io.IOException;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpFilter;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a request target's bare {@code ?} (e.g. {@code /api/v5/account/balance?}) visible. OKX signs the
 * request path exactly as sent, '?' included, but WireMock drops an empty query from the URLs it gives
 * extensions. The '?' is put back on the absolute URL only (the journal shows it), so stub matching on
 * the URL stays as WireMock does it; the gate and the endpoints ask {@link #isBare()}, which holds while
 * the request is served (WireMock serves a request on the thread that runs this filter).
 */
final class BareQueryFilter extends HttpFilter {

  /**
   * Whether the request on this thread came with a bare '?'. Asked instead of reading WireMock's absolute
   * URL, which Jetty rebuilds (host and port parsed, a StringBuffer) on every call: 2-4% of a request's CPU.
   */
  private final ThreadLocal<Boolean> bare = ThreadLocal.withInitial(() -> Boolean.FALSE);

  boolean isBare() {
    return bare.get();
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"".equals(request.getQueryString())) {
      chain.doFilter(request, response);
      return;
    }
    bare.set(Boolean.TRUE);
    try {
      chain.doFilter(new HttpServletRequestWrapper(request) {
        @Override
        public StringBuffer getRequestURL() {
          return super.getRequestURL().append('?');
        }
      }, response);
    } finally {
      bare.remove();
    }
  }
}
