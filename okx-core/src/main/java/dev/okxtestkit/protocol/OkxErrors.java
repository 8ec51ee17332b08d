package dev.okxtestkit.protocol;

import static dev.okxtestkit.protocol.OkxError.Shape.ENVELOPE;
import static dev.okxtestkit.protocol.OkxError.Shape.GATEWAY;

/**
 * OKX's error codes with the wire texts and HTTP statuses seen on the live exchange; where the docs and
 * the wire disagree, the wire wins (OKX's codes: https://www.okx.com/docs-v5/en/#error-code).
 */
public final class OkxErrors {

  public static final OkxError ENVIRONMENT_MISMATCH =
      gateway("50101", "APIKey does not match current environment.", 401);
  public static final OkxError TIMESTAMP_EXPIRED = gateway("50102", "Timestamp request expired", 401);
  public static final OkxError KEY_MISSING =
      gateway("50103", "Request header OK-ACCESS-KEY can not be empty.", 401);
  public static final OkxError PASSPHRASE_MISSING =
      gateway("50104", "Request header OK-ACCESS-PASSPHRASE can not be empty.", 401);
  public static final OkxError PASSPHRASE_INCORRECT =
      gateway("50105", "Request header OK-ACCESS-PASSPHRASE incorrect.", 401);
  public static final OkxError SIGN_MISSING =
      gateway("50106", "Request header OK-ACCESS-SIGN can not be empty.", 401);
  public static final OkxError TIMESTAMP_MISSING =
      gateway("50107", "Request header OK-ACCESS-TIMESTAMP can not be empty.", 401);
  public static final OkxError KEY_INVALID = gateway("50111", "Invalid OK-ACCESS-KEY", 401);
  public static final OkxError TIMESTAMP_INVALID = gateway("50112", "Invalid OK-ACCESS-TIMESTAMP", 401);
  public static final OkxError INVALID_SIGN = gateway("50113", "Invalid Sign", 401);
  /** Docs say HTTP 200; one third-party test saw 401. We follow the docs (https://www.okx.com/docs-v5/en/#error-code-rest-api-public). */
  public static final OkxError NO_PERMISSION =
      gateway("50120", "This API key doesn't have permission to use this function", 200);
  public static final OkxError METHOD_NOT_ALLOWED = gateway("50115", "Invalid request method.", 405);

  public static final OkxError BODY_EMPTY =
      envelope("50000", "Body for POST request cannot be empty.", 400);
  public static final OkxError JSON_SYNTAX = envelope("50002", "JSON syntax error", 400);
  /**
   * A body over the simulator's limit. OKX documents no code for this; 50000 is its code for a POST body
   * it cannot take, and 413 the status every HTTP client knows for it.
   */
  public static final OkxError BODY_TOO_LARGE = envelope("50000", "Request body too large", 413);
  /** OKX's rate limiter, as seen on the wire (the docs also list a 200 variant). */
  public static final OkxError TOO_MANY_REQUESTS = gateway("50011", "Too Many Requests", 429);
  public static final OkxError SYSTEM_ERROR = envelope("50026", "System error. Try again later", 500);

  /**
   * Unknown path under /api/v5. OKX global's body is unconfirmed; this is the body OKX's Japanese
   * exchange (same v5 stack) was observed to send.
   */
  public static final ApiResponse NOT_FOUND =
      ApiResponse.json(
          404,
          "{\"code\":404,\"data\":{},\"detailMsg\":\"\",\"error_code\":\"404\","
              + "\"error_message\":\"Not Found\",\"msg\":\"Not Found\"}");

  private OkxErrors() {}

  /** 50110, with the caller's address and the key as OKX words it. */
  public static OkxError ipNotAllowed(String ip, String apiKey) {
    return gateway(
        "50110", "Your IP " + ip + " is not included in your API key's " + apiKey + " IP whitelist.", 401);
  }

  /** 50014 {@code Parameter instId can not be empty.} */
  public static OkxError parameterEmpty(String name) {
    return envelope("50014", "Parameter " + name + " can not be empty.", 400);
  }

  /** 51000 {@code Parameter sz error} */
  public static OkxError parameterError(String name) {
    return envelope("51000", "Parameter " + name + " error", 400);
  }

  /** A batch over OKX's item limit: 51111 for placing, 51406 for cancelling, 51501 for amending. */
  public static OkxError batchTooLarge(String path, int max) {
    return switch (path) {
      case "/api/v5/trade/cancel-batch-orders" ->
          envelope("51406", "Canceled - order count exceeds the limit " + max + ".", 400);
      case "/api/v5/trade/amend-batch-orders" -> envelope("51501", "Maximum " + max + " orders can be modified.", 400);
      default -> new OkxError("51111", "Maximum " + max + " orders can be placed in bulk.", 200, ENVELOPE);
    };
  }

  private static OkxError gateway(String code, String message, int status) {
    return new OkxError(code, message, status, GATEWAY);
  }

  private static OkxError envelope(String code, String message, int status) {
    return new OkxError(code, message, status, ENVELOPE);
  }
}
