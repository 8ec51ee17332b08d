package dev.okxtestkit.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reference OKX v5 signer: {@code Base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath + body))}.
 *
 * <p>Stateless and thread-safe. Use {@link #headers} to get every header a private request needs.
 */
public final class OkxSigner implements OkxRequestSigner {

  private static final String HMAC_SHA256 = "HmacSHA256";
  /**
   * Looking a Mac up costs more than using it. A Mac is not thread-safe, so each thread keeps one; it
   * holds no request data between calls (init resets it), only the algorithm.
   */
  private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(OkxSigner::newMac);

  @Override
  public String sign(String timestamp, String method, String requestPath, String body, String secretKey) {
    return Base64.getEncoder()
        .encodeToString(hmacSha256(bytes(secretKey), prehash(timestamp, method, requestPath, body)));
  }

  /** The string OKX signs: timestamp + upper-case method + requestPath (with query) + body. */
  public static String prehash(String timestamp, String method, String requestPath, String body) {
    return timestamp + method.toUpperCase(Locale.ROOT) + requestPath + (body == null ? "" : body);
  }

  /** HMAC-SHA256 of the UTF-8 bytes of {@code message} under {@code key}. */
  public static byte[] hmacSha256(byte[] key, String message) {
    Mac mac = MACS.get();
    try {
      // An empty key is legal for HMAC but SecretKeySpec refuses it; one zero byte is equivalent.
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, HMAC_SHA256));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 refused a raw key", e);
    }
    return mac.doFinal(bytes(message));
  }

  private static Mac newMac() {
    try {
      return Mac.getInstance(HMAC_SHA256);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /**
   * Whether {@code signature} is the correct one for the request, compared in constant time.
   */
  public boolean verify(
      String signature, String timestamp, String method, String requestPath, String body, String secretKey) {
    return signature != null
        && MessageDigest.isEqual(
            bytes(signature), bytes(sign(timestamp, method, requestPath, body, secretKey)));
  }

  /**
   * Every header a private request needs, signed with the reference signer at {@code now}. Demo keys
   * also get {@code x-simulated-trading: 1}, as OKX's demo trading requires.
   */
  public Map<String, String> headers(
      OkxCredentials credentials, String method, String requestPath, String body, Instant now) {
    String timestamp = OkxTimestamps.format(now);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(OkxHeaders.ACCESS_KEY, credentials.apiKey());
    headers.put(
        OkxHeaders.ACCESS_SIGN,
        sign(timestamp, method, requestPath, body == null ? "" : body, credentials.secretKey()));
    headers.put(OkxHeaders.ACCESS_TIMESTAMP, timestamp);
    headers.put(OkxHeaders.ACCESS_PASSPHRASE, credentials.passphrase());
    if (credentials.environment() == Environment.DEMO) {
      headers.put(OkxHeaders.SIMULATED_TRADING, "1");
    }
    return headers;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
