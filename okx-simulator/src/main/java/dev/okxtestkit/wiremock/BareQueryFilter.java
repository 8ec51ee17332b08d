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
 * extensions. The '?' is put back on the absolute URL only, which {@link WireMockRequests} reads, so
 * stub matching on the URL stays as WireMock does it.
 */
final class BareQueryFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"".equals(request.getQueryString())) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public StringBuffer getRequestURL() {
        return super.getRequestURL().append('?');
      }
    }, response);
  }
}
