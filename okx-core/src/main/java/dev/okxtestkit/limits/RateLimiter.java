package dev.okxtestkit.limits;

import dev.okxtestkit.catalogue.RateLimit;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OKX's rate limits as sliding windows on the simulator clock, one per endpoint and limit key (IP,
 * API key, API key + instrument). Off unless switched on, so test suites and benchmarks are never
 * throttled by accident. Memory stays bounded whatever keys clients make up: windows that have run out
 * are dropped (at most once a second of simulator time, and whenever the cap is reached), and at most
 * {@code maxKeys} windows are tracked; a request that would open one more while all are in use is
 * refused like one over its limit. Thread-safe.
 */
public final class RateLimiter {

  /** The most windows tracked at once. */
  public static final int DEFAULT_MAX_KEYS = 10_000;

  private static final long SWEEP_EVERY_MILLIS = 1_000;

  private final Clock clock;
  private final int maxKeys;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong();
  private volatile boolean enabled;

  public RateLimiter(Clock clock, boolean enabled) {
    this(clock, enabled, DEFAULT_MAX_KEYS);
  }

  public RateLimiter(Clock clock, boolean enabled, int maxKeys) {
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be at least 1");
    }
    this.clock = clock;
    this.enabled = enabled;
    this.maxKeys = maxKeys;
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
   * false, and nothing counted, when that would exceed the limit or open a window beyond the cap.
   */
  public boolean tryAcquire(String key, RateLimit limit, int permits) {
    if (!enabled) {
      return true;
    }
    long now = clock.millis();
    sweepIfDue(now);
    while (true) {
      Window window = windows.get(key);
      if (window == null) {
        if (windows.size() >= maxKeys) {
          sweep(now);
          if (windows.size() >= maxKeys) {
            return false;
          }
        }
        window = windows.computeIfAbsent(key, k -> new Window(limit.window().toMillis()));
      }
      synchronized (window) {
        if (!window.dropped) {
          return window.tryAcquire(now, limit.requests(), permits);
        }
      } // dropped by a sweep since it was looked up: look again
    }
  }

  /** How many windows are tracked now. */
  public int trackedKeys() {
    return windows.size();
  }

  /** Forgets every window (e.g. between tests). */
  public void reset() {
    windows.clear();
  }

  /** Sweeps once a second of simulator time, and at once when the clock was set back. */
  private void sweepIfDue(long now) {
    long last = lastSweep.get();
    boolean due = now - last >= SWEEP_EVERY_MILLIS || now < last;
    if (due && lastSweep.compareAndSet(last, now)) {
      sweep(now);
    }
  }

  private void sweep(long now) {
    windows.forEach((key, window) -> {
      synchronized (window) {
        if (window.isEmptyAt(now)) {
          window.dropped = true;
          windows.remove(key, window);
        }
      }
    });
  }

  /** The times of the requests (or orders) counted in one window; guarded by its own lock. */
  private static final class Window {
    private final long lengthMillis;
    private final Deque<Long> times = new ArrayDeque<>();
    private boolean dropped;

    Window(long lengthMillis) {
      this.lengthMillis = lengthMillis;
    }

    boolean tryAcquire(long now, int max, int permits) {
      forgetBefore(now);
      if (times.size() + permits > max) {
        return false;
      }
      for (int i = 0; i < permits; i++) {
        times.addLast(now);
      }
      return true;
    }

    boolean isEmptyAt(long now) {
      forgetBefore(now);
      return times.isEmpty();
    }

    private void forgetBefore(long now) {
      long start = now - lengthMillis;
      while (!times.isEmpty() && times.peekFirst() <= start) {
        times.pollFirst();
      }
    }
  }
}
