package dev.okxtestkit.wiremock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.protocol.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpFilter;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Guards WireMock's admin API ({@code /__admin/*}, the simulator's {@code /__admin/okx/*} included), which
 * can mint keys, set balances, move the clock and stop the server:
 * <ul>
 *   <li>a web page must not drive it: a request with an {@code Origin} other than this machine's
 *       ({@code http(s)://localhost|127.0.0.1|[::1]} on any port) is refused, and so, on a loopback
 *       server, is a {@code Host} that is not a loopback name (DNS rebinding: a page on a name that
 *       resolves to 127.0.0.1);</li>
 *   <li>with an admin token, every request needs {@code Authorization: Bearer TOKEN}, compared in constant
 *       time; {@code GET /__admin/health} stays open, as it tells nothing but "up";</li>
 *   <li>files are not written through {@code /__admin/files} unless the user allowed it.</li>
 * </ul>
 */
final class AdminGuardFilter extends HttpFilter {

  static final String HEALTH_PATH = "/__admin/health";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final Optional<byte[]> token;
  private final Optional<String> loopbackBindAddress;
  private final boolean fileWrites;

  /**
   * @param token the admin token, if admin requests need one
   * @param loopbackBindAddress the bind address when it is a loopback one (then Host is checked)
   * @param fileWrites whether {@code PUT}/{@code DELETE /__admin/files/...} may write files
   */
  AdminGuardFilter(Optional<String> token, Optional<String> loopbackBindAddress, boolean fileWrites) {
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    this.loopbackBindAddress = loopbackBindAddress;
    this.fileWrites = fileWrites;
  }

  private static final String SETTINGS_PATH = "/__admin/settings";
  private static final int MAX_SETTINGS_BYTES = 64 * 1024;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    if (origin != null && !isLocalOrigin(origin)) {
      refuse(response, 403, "The admin API refuses requests from web pages (Origin " + printable(origin) + ").");
      return;
    }
    if (loopbackBindAddress.isPresent() && !isLoopbackHost(request.getHeader("Host"))) {
      refuse(response, 403, "The admin API of a loopback simulator answers only to localhost, 127.0.0.1 or"
          + " [::1] as Host.");
      return;
    }
    boolean health = "GET".equals(request.getMethod()) && HEALTH_PATH.equals(request.getRequestURI());
    if (token.isPresent() && !health && !hasToken(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"okx-simulator admin\"");
      refuse(response, 401, "The admin API needs the header Authorization: Bearer <admin token> (the token"
          + " the simulator was started with, or printed in its banner).");
      return;
    }
    boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    if (write && !fileWrites && request.getRequestURI().startsWith("/__admin/files")) {
      refuse(response, 403, "Writing files through the admin API is off; start the simulator with"
          + " allowFileWrites(true) or --enable-file-writes to allow it.");
      return;
    }
    if (write && SETTINGS_PATH.equals(request.getRequestURI())) {
      // WireMock takes a 'null' body as settings, answers 200 and fails every later request with a 500:
      // only a JSON object gets through.
      byte[] body = request.getInputStream().readNBytes(MAX_SETTINGS_BYTES);
      boolean object = Json.parse(new String(body, StandardCharsets.UTF_8)).map(JsonNode::isObject).orElse(false);
      if (!object) {
        refuse(response, 400, "The settings must be a JSON object, e.g. {\"fixedDelay\":100}.");
        return;
      }
      chain.doFilter(new ReadBodyRequest(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean hasToken(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.orElseThrow());
  }

  private static boolean isLocalOrigin(String origin) {
    try {
      URI uri = URI.create(origin.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && LOOPBACK_NAMES.contains(uri.getHost().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private boolean isLoopbackHost(String host) {
    if (host == null) {
      return true; // HTTP/1.0 without Host: not a browser, whose requests always carry one
    }
    String name = host.trim().toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      name = name.substring(0, name.indexOf(']') + 1);
    } else if (name.indexOf(':') >= 0) {
      name = name.substring(0, name.indexOf(':'));
    }
    return LOOPBACK_NAMES.contains(name) || name.equals(loopbackBindAddress.orElse(""));
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.getOutputStream().write(
        ("{\"code\":\"" + status + "\",\"msg\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** An origin as shown in a message: printable ASCII, at most 100 characters. */
  private static String printable(String text) {
    String cleaned = text.replaceAll("[^\\x20-\\x7E]", "?");
    return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
  }
}
