package dev.okxtestkit.faults;

import java.util.Optional;

/**
 * When to inject a fault: for requests to {@code path} (all paths when empty) by {@code apiKey} (all
 * keys when empty), the next {@code times} matching requests, each with {@code probability}.
 *
 * @param times how many times it fires; {@code Integer.MAX_VALUE} for always
 * @param probability from 0 to 1; drawn from the injector's seeded random, so runs repeat
 */
public record FaultRule(
    Optional<String> path, Optional<String> apiKey, FaultAction action, int times, double probability) {

  public FaultRule {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    if (probability < 0 || probability > 1) {
      throw new IllegalArgumentException("probability must be between 0 and 1");
    }
  }

  /** For every request to {@code path} by any key, once. */
  public static FaultRule once(String path, FaultAction action) {
    return new FaultRule(Optional.of(path), Optional.empty(), action, 1, 1.0);
  }

  boolean matches(String requestPath, String requestKey) {
    return path.map(requestPath::equals).orElse(true)
        && apiKey.map(k -> k.equals(requestKey)).orElse(true);
  }
}
