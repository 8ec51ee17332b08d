package dev.okxtestkit.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP answer of the simulator, independent of the server that sends it. */
public record ApiResponse(int status, String body, Map<String, String> headers) {

  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  public static ApiResponse json(int status, String body) {
    return new ApiResponse(status, body, Map.of("Content-Type", "application/json"));
  }

  public ApiResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiResponse(status, body, copy);
  }
}
