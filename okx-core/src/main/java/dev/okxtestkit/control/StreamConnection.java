package dev.okxtestkit.control;

import java.util.List;

/**
 * One open WebSocket connection of a simulator, as {@link OkxControl#connections()} lists it.
 *
 * @param path {@code public}, {@code private} or {@code business}
 * @param apiKey the key logged in on it, {@code ""} if none
 * @param subscriptions each {@code channel}, {@code channel:instId} or {@code channel:instType}
 */
public record StreamConnection(String connId, String path, String apiKey, List<String> subscriptions) {

  public StreamConnection {
    subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
  }
}
