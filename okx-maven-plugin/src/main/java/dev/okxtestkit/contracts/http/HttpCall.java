package dev.okxtestkit.contracts.http;

import java.util.Map;

/**
 * One HTTP request to an OKX API.
 *
 * <p>The headers hold the passphrase and the signature, so {@link #toString()} leaves them out: a call
 * can appear in a message or a log line safely.
 *
 * @param method {@code GET} or {@code POST}
 * @param target path plus {@code ?query}, exactly as sent and signed
 * @param body the exact body sent, {@code ""} when none
 * @param headers request headers
 */
public record HttpCall(String method, String target, String body, Map<String, String> headers) {

  public HttpCall {
    body = body == null ? "" : body;
    headers = Map.copyOf(headers);
  }

  @Override
  public String toString() {
    return method + " " + target;
  }
}
