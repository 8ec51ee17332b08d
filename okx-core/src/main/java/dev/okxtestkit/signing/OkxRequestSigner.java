package dev.okxtestkit.signing;

/**
 * Signs one OKX v5 REST request: the value of the {@code OK-ACCESS-SIGN} header.
 *
 * <p>This is the extension point for users' own signing code. The Maven plugin's {@code okx:verify}
 * runs a user's implementation against every signing vector and every contract request, and the
 * simulator explains what went wrong when the result is not what OKX expects. {@link OkxSigner} is
 * the reference implementation.
 */
@FunctionalInterface
public interface OkxRequestSigner {

  /**
   * @param timestamp the exact {@code OK-ACCESS-TIMESTAMP} header value, e.g. {@code 2020-12-08T09:08:57.715Z}
   * @param method the HTTP method as sent, e.g. {@code GET}
   * @param requestPath the path from {@code /api/v5/...}, including {@code ?} and the query exactly as sent
   * @param body the exact request body as sent, {@code ""} when there is none
   * @param secretKey the API key's secret
   * @return the signature as OKX expects it in {@code OK-ACCESS-SIGN}
   */
  String sign(String timestamp, String method, String requestPath, String body, String secretKey);
}
