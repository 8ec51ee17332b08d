package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.protocol.OkxErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpFilter;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server plus guards that run before WireMock sees a request: on the admin API its own
 * ({@link AdminGuardFilter}); on every path the body limit
 * ({@link RequestBodyLimitFilter}), the client address ({@link ClientAddressFilter}), a bare '?'
 * ({@link BareQueryFilter}), the request's admitted-request slot ({@link AdmittedRequests}), and broken '%'
 * escapes: WireMock percent-decodes the query to log a request
 * before any extension runs, and throws on a '%' not followed by two hex digits, which Jetty sends as a
 * 500 with a stack trace; that guard answers such requests with a 400.
 */
final class OkxHttpServerFactory implements HttpServerFactory {

  static final String NAME = "okx-http-server";

  private final long maxRequestBodyBytes;
  private final boolean trustForwardedFor;
  private final AdminGuardFilter adminGuard;
  private final BareQueryFilter bareQuery;
  private final AdmittedRequests admitted;

  OkxHttpServerFactory(long maxRequestBodyBytes, boolean trustForwardedFor, BareQueryFilter bareQuery,
      AdmittedRequests admitted, AdminGuardFilter adminGuard) {
    this.maxRequestBodyBytes = maxRequestBodyBytes;
    this.trustForwardedFor = trustForwardedFor;
    this.bareQuery = bareQuery;
    this.admitted = admitted;
    this.adminGuard = adminGuard;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
    return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options options) {
        super.applyAdditionalServerConfiguration(server, options);
        // Errors raised before or outside a context (a broken chunk, a huge header) answer JSON too.
        server.setErrorHandler(new JsonErrorHandler(null));
        MalformedRequestConnectionFactory.install(server);
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        guard(context);
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        // After WireMock's configuration, which installs its own handler for 404s: that one stays for 404.
        context.setErrorHandler(new JsonErrorHandler(context.getErrorHandler()));
      }

      @Override
      protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        context.setErrorHandler(new JsonErrorHandler(context.getErrorHandler()));
      }

      @Override
      protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
        guard(context);
        // After the guards every request gets: the admin API's own (token, origin, host, files).
        context.addFilter(new FilterHolder(adminGuard), "/*", EnumSet.of(DispatcherType.REQUEST));
      }
    };
  }

  private void guard(ServletContextHandler context) {
    // First the body limit, so nothing below (or WireMock) ever holds more than the limit.
    for (HttpFilter filter : List.of(new RequestBodyLimitFilter(maxRequestBodyBytes),
        new ClientAddressFilter(trustForwardedFor), bareQuery, admitted, new MalformedQueryFilter())) {
      context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
    }
  }

  /** Refuses a query with a broken percent escape, as a parameter error of the parameter it is in. */
  static final class MalformedQueryFilter extends HttpFilter {

    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      String query = request.getQueryString();
      Matcher broken = query == null ? null : BROKEN_ESCAPE.matcher(query);
      if (broken == null || !broken.find()) {
        chain.doFilter(request, response);
        return;
      }
      String pair = query.substring(query.lastIndexOf('&', broken.start()) + 1);
      pair = pair.contains("&") ? pair.substring(0, pair.indexOf('&')) : pair;
      String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      response.setStatus(400);
      response.setContentType("application/json");
      response.setHeader(OkxSimulation.DIAGNOSIS_HEADER, "malformed-query The query has a '%' that is not"
          + " followed by two hex digits. Percent-encode a literal '%' as %25.");
      response.getOutputStream().write(
          OkxErrors.parameterError(name).body().getBytes(StandardCharsets.UTF_8));
    }
  }
}
