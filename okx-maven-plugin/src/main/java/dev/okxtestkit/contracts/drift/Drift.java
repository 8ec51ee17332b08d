package dev.okxtestkit.contracts.drift;

/**
 * One way the embedded simulator answered differently from the target.
 *
 * @param check the check's id, {@code group/name}
 * @param request the request's label and method and path, e.g. {@code place POST /api/v5/trade/order}
 * @param aspect what differs: {@code HTTP status}, {@code code}, {@code sCode}, {@code data items},
 *     {@code missing field}, {@code extra field}, {@code field type}, {@code outcome}, {@code request}
 * @param target what the target (sandbox or URL) answered
 * @param simulator what the simulator answered
 */
public record Drift(String check, String request, String aspect, String target, String simulator) {

  /** {@code check: request: aspect: target X, simulator Y}. */
  public String describe() {
    return check + (request.isEmpty() ? "" : " [" + request + "]") + ": " + aspect + ": target " + target
        + ", simulator " + simulator;
  }
}
