package dev.okxtestkit.protocol;

import java.net.URLDecoder;
import dev.okxtestkit.signing.OkxHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An HTTP request as the simulator sees it, independent of the server that received it.
 *
 * <p>{@link #toString()} masks the passphrase and the signature headers (a signature replays its request
 * for 30 s), so a request can appear in a message or a log line safely.
 *
 * @param method the method as sent, e.g. {@code GET}
 * @param target the undecoded request target: path plus {@code ?query} exactly as sent; this is what
 *     a correct client signs
 * @param body the request body as sent ({@code ""} when none)
 * @param headers request headers; look-ups through {@link #header} ignore case
 * @param clientIp the peer address
 */
public record ApiRequest(
    String method, String target, String body, Map<String, String> headers, String clientIp) {

  private static final Set<String> SECRET_HEADERS =
      Set.of(OkxHeaders.ACCESS_PASSPHRASE.toLowerCase(Locale.ROOT), OkxHeaders.ACCESS_SIGN.toLowerCase(Locale.ROOT));
  private static final int MAX_BODY_SHOWN = 1024;

  public ApiRequest {
    TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.putAll(headers);
    headers = caseInsensitive;
    body = body == null ? "" : body;
  }

  /** The header's value, or {@code null}; the name is case-insensitive. */
  public String header(String name) {
    return headers.get(name);
  }

  /** The path without the query. */
  public String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** The raw query after {@code ?}, or {@code ""}. */
  public String query() {
    int q = target.indexOf('?');
    return q < 0 ? "" : target.substring(q + 1);
  }

  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, value) ->
        shown.put(name, SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "****" : value));
    String shownBody = body.length() <= MAX_BODY_SHOWN
        ? body
        : body.substring(0, MAX_BODY_SHOWN) + "...(" + body.length() + " chars)";
    return "ApiRequest[method=" + method + ", target=" + target + ", body=" + shownBody + ", headers=" + shown
        + ", clientIp=" + clientIp + "]";
  }

  /** Percent-decodes a query component; a stray '%' is kept as sent. */
  public static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw; // a stray '%': keep the text as sent
    }
  }
}
