package dev.okxtestkit.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OKX's success envelope {@code {"code":"0","msg":"","data":[...]}}. */
public final class Envelope {

  private Envelope() {}

  /** A 200 with the rows as they are (callers keep numbers as strings, as OKX does). */
  public static ApiResponse ok(List<?> rows) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "0");
    body.put("msg", "");
    body.put("data", rows);
    return ApiResponse.json(200, Json.write(body));
  }

  /**
   * The answer of a trade write: per-order rows, top-level code 0/1/2, and OKX's {@code inTime} and
   * {@code outTime} (epoch microseconds as strings).
   */
  public static ApiResponse trade(String code, String msg, List<?> rows, long inTimeMicros, long outTimeMicros) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("msg", msg);
    body.put("data", rows);
    body.put("inTime", Long.toString(inTimeMicros));
    body.put("outTime", Long.toString(outTimeMicros));
    return ApiResponse.json(200, Json.write(body));
  }
}
