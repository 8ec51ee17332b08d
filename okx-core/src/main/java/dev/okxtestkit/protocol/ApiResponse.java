package dev.okxtestkit.protocol;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP answer of the simulator, independent of the server that sends it.
 *
 * @param delay how long to wait before answering (injected faults)
 * @param dropConnection close the connection instead of answering (injected faults)
 */
public record ApiResponse(
    int status, String body, Map<String, String> headers, Duration delay, boolean dropConnection) {

  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  public static ApiResponse json(int status, String body) {
    return new ApiResponse(status, body, Map.of("Content-Type", "application/json"), Duration.ZERO, false);
  }

  public static ApiResponse dropped() {
    return new ApiResponse(0, "", Map.of(), Duration.ZERO, true);
  }

  public ApiResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiResponse(status, body, copy, delay, dropConnection);
  }

  public ApiResponse withDelay(Duration newDelay) {
    return new ApiResponse(status, body, headers, newDelay, dropConnection);
  }
}
