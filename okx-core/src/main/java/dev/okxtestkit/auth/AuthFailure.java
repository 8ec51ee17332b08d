package dev.okxtestkit.auth;

import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxHeaders;
import java.time.Instant;
import java.util.Objects;

/**
 * A request the gate refused. Holds no secret: the API key is an identifier, and neither the
 * passphrase, the signature nor the secret is kept.
 *
 * @param at simulator time of the request
 * @param method HTTP method
 * @param target path and query as sent
 * @param apiKey the OK-ACCESS-KEY sent ({@code ""} if none), cut to 64 characters
 * @param code OKX error code, e.g. {@code 50113}
 * @param message OKX error message
 * @param httpStatus HTTP status sent
 * @param diagnosis why the simulator thinks it failed
 */
public record AuthFailure(
    Instant at,
    String method,
    String target,
    String apiKey,
    String code,
    String message,
    int httpStatus,
    Diagnosis diagnosis) {

  private static final int MAX_KEY_LENGTH = 64;
  private static final int MAX_TARGET_LENGTH = 512;

  static AuthFailure of(Instant at, ApiRequest request, AuthRejection rejection) {
    return new AuthFailure(
        at,
        request.method(),
        cut(request.target(), MAX_TARGET_LENGTH),
        cut(Objects.requireNonNullElse(request.header(OkxHeaders.ACCESS_KEY), ""), MAX_KEY_LENGTH),
        rejection.error().code(),
        rejection.error().message(),
        rejection.error().httpStatus(),
        rejection.diagnosis());
  }

  /** One line for logs and test failure messages. */
  public String logLine() {
    return "OKX auth failure " + code + " (" + message + ") for " + method + " " + target + " key="
        + (apiKey.isEmpty() ? "<none>" : apiKey) + ": [" + diagnosis.id() + "] " + diagnosis.message();
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max) + "...";
  }
}
