package dev.okxtestkit.contracts.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an OKX API answered.
 *
 * @param status the HTTP status
 * @param headers response headers (first value of each); look-ups ignore case
 * @param body the body as text
 */
public record HttpAnswer(int status, Map<String, String> headers, String body) {

  public HttpAnswer {
    TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.putAll(headers);
    headers = caseInsensitive;
    body = body == null ? "" : body;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }
}
