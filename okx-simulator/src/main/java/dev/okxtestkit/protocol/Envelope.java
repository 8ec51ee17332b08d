package dev.okxtestkit.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;

/** OKX's success envelope {@code {"code":"0","msg":"","data":[...]}}. */
public final class Envelope {

  private Envelope() {}

  /** A 200 with the rows serialized as they are (callers keep numbers as strings, as OKX does). */
  public static ApiResponse ok(List<?> rows) {
    try {
      return ApiResponse.json(
          200, "{\"code\":\"0\",\"msg\":\"\",\"data\":" + Json.MAPPER.writeValueAsString(rows) + "}");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response rows are not serializable", e);
    }
  }
}
