package dev.okxtestkit.contracts.check;

/**
 * A request a check makes, before signing.
 *
 * @param method {@code GET} or {@code POST}
 * @param target path plus {@code ?query}, exactly as it will be sent and signed
 * @param body the exact body, {@code ""} when none
 * @param auth whether to send the {@code OK-ACCESS-*} headers
 * @param tamper a deliberate authentication fault, {@link Tamper#NONE} normally
 */
public record ApiCall(String method, String target, String body, boolean auth, Tamper tamper) {

  public ApiCall {
    body = body == null ? "" : body;
  }

  public static ApiCall publicGet(String target) {
    return new ApiCall("GET", target, "", false, Tamper.NONE);
  }

  public static ApiCall privateGet(String target) {
    return new ApiCall("GET", target, "", true, Tamper.NONE);
  }

  public static ApiCall privatePost(String path, String body) {
    return new ApiCall("POST", path, body, true, Tamper.NONE);
  }

  public ApiCall tampered(Tamper fault) {
    return new ApiCall(method, target, body, auth, fault);
  }

  /** {@code GET /api/v5/...?...}, for messages. */
  public String describe() {
    return method + " " + target;
  }
}
