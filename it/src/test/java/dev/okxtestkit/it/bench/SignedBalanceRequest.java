package dev.okxtestkit.it.bench;

import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /api/v5/account/balance} as raw HTTP/1.1 bytes, signed afresh with the current time on
 * every call, as a real client signs each request. Both servers get the same headers, so the client's
 * signing cost is the same whichever server it talks to. Thread-safe.
 */
final class SignedBalanceRequest {

  static final String PATH = "/api/v5/account/balance";

  private final OkxSigner signer = new OkxSigner();
  private final OkxCredentials key;

  SignedBalanceRequest(OkxCredentials key) {
    this.key = key;
  }

  byte[] next(int port) {
    Map<String, String> headers = signer.headers(key, "GET", PATH, "", Instant.now());
    StringBuilder request = new StringBuilder(512)
        .append("GET ").append(PATH).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\n")
        .append("Accept: application/json\r\n");
    headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    return request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }
}
