package dev.okxtestkit.protocol;

/**
 * An error as OKX sends it: code, message, HTTP status and the body shape OKX uses for that class of
 * error.
 */
public record OkxError(String code, String message, int httpStatus, Shape shape) {

  /** How OKX lays out an error body. */
  public enum Shape {
    /** Authentication gateway: {@code {"msg":"Invalid Sign","code":"50113"}}, no {@code data}. */
    GATEWAY,
    /** Request-level: {@code {"code":"51603","msg":"Order does not exist","data":[]}}. */
    ENVELOPE
  }

  /** The body exactly as OKX writes it. */
  public String body() {
    return shape == Shape.GATEWAY
        ? "{\"msg\":" + Json.quote(message) + ",\"code\":" + Json.quote(code) + "}"
        : "{\"code\":" + Json.quote(code) + ",\"msg\":" + Json.quote(message) + ",\"data\":[]}";
  }

  public ApiResponse toResponse() {
    return ApiResponse.json(httpStatus, body());
  }
}
