package dev.okxtestkit.wiremock;

import java.io.IOException;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpFilter;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Makes the client address WireMock reports the connection's. WireMock takes an {@code X-Forwarded-For}
 * header as the client's address, so any caller could pass a key's IP allow-list, or spread its requests
 * over rate-limit windows, by sending one. The header is honoured only when the user trusts it (the way
 * tests act as another address); then its first address, the original client's, counts. Either way the
 * header itself stays in the request, for stubs that match on it and for the journal.
 */
final class ClientAddressFilter extends HttpFilter {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  private final boolean trustForwardedFor;

  ClientAddressFilter(boolean trustForwardedFor) {
    this.trustForwardedFor = trustForwardedFor;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String forwarded = request.getHeader(FORWARDED_FOR);
    if (forwarded == null) {
      chain.doFilter(request, response);
      return;
    }
    String first = forwarded.split(",", 2)[0].trim();
    String address = trustForwardedFor && !first.isEmpty() ? first : request.getRemoteAddr();
    chain.doFilter(new FromAddress(request, address), response);
  }

  /**
   * The request as coming from {@code address}. WireMock takes the client address from
   * {@code getHeader("X-Forwarded-For")}, and the header's values for matching and the journal from
   * {@code getHeaders}; so answering the address there alone settles the address and keeps the header
   * as sent everywhere else.
   */
  private static final class FromAddress extends HttpServletRequestWrapper {

    private final String address;

    FromAddress(HttpServletRequest request, String address) {
      super(request);
      this.address = address;
    }

    @Override
    public String getHeader(String name) {
      return FORWARDED_FOR.equalsIgnoreCase(name) ? address : super.getHeader(name);
    }
  }
}
