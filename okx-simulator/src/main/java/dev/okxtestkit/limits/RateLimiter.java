package dev.okxtestkit.limits;

import dev.okxtestkit.catalogue.RateLimit;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OKX's rate limits as sliding windows on the simulator clock, one per endpoint and limit key (IP,
 * API key, API key + instrument). Off unless switched on, so test suites and benchmarks are never
 * throttled by accident. Thread-safe.
 */
public final class RateLimiter {

  private final Clock clock;
  private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();
  private volatile boolean enabled;

  public RateLimiter(Clock clock, boolean enabled) {
    this.clock = clock;
    this.enabled = enabled;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
    if (!enabled) {
      windows.clear();
    }
  }

  /**
   * Counts {@code permits} (requests, or orders for batch limits) against the window of {@code key};
   * false, and nothing counted, when that would exceed the limit.
   */
  public boolean tryAcquire(String key, RateLimit limit, int permits) {
    if (!enabled) {
      return true;
    }
    long now = clock.millis();
    long windowStart = now - limit.window().toMillis();
    Deque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (window) {
      while (!window.isEmpty() && window.peekFirst() <= windowStart) {
        window.pollFirst();
      }
      if (window.size() + permits > limit.requests()) {
        return false;
      }
      for (int i = 0; i < permits; i++) {
        window.addLast(now);
      }
      return true;
    }
  }

  /** Forgets every window (e.g. between tests). */
  public void reset() {
    windows.clear();
  }
}
