package dev.okxtestkit.it.bench;

import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * A signed JSON {@code POST} as raw HTTP/1.1 bytes. The body is part of OKX's pre-hash, so every
 * request is signed afresh over its own body at the current time, as a real client does. Both
 * servers get the same bytes, so the client's work is the same whichever server it talks to.
 * Thread-safe.
 */
final class SignedPostRequest {

  private final OkxSigner signer = new OkxSigner();
  private final OkxCredentials key;

  SignedPostRequest(OkxCredentials key) {
    this.key = key;
  }

  byte[] next(int port, String path, String body) {
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = signer.headers(key, "POST", path, body, Instant.now());
    StringBuilder request = new StringBuilder(640)
        .append("POST ").append(path).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\n")
        .append("Accept: application/json\r\n")
        .append("Content-Type: application/json\r\n")
        .append("Content-Length: ").append(bodyBytes.length).append("\r\n");
    headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    byte[] head = request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + bodyBytes.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(bodyBytes, 0, bytes, head.length, bodyBytes.length);
    return bytes;
  }
}
