package dev.okxtestkit.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OKX pushes an instrument's {@code tickers} at most every 100 ms ("Push data ... the fastest rate is 1
 * update/100ms", WebSocket API, Tickers channel). The first change after a quiet 100 ms goes out at once,
 * so a test sees its push without waiting; changes within the 100 ms after a push wait and go out as one
 * push, with the state when it is sent. Per instrument, as on OKX: every subscriber sees the same pushes.
 * Memory is bounded by the simulator's instruments.
 */
final class TickerThrottle {

  private static final long INTERVAL_NANOS = Duration.ofMillis(100).toNanos();

  /** When each instrument's ticker was last pushed (monotonic nanos). */
  private final Map<String, Long> lastPush = new HashMap<>();
  /** Instruments that changed since their last push and wait for the interval to pass. */
  private final Set<String> waiting = new LinkedHashSet<>();

  /** Whether a change of {@code instId} is pushed now; if not, it is pushed by {@link #due} later. */
  synchronized boolean pushNow(String instId, long now) {
    if (waiting.contains(instId)) {
      return false; // the waiting push will carry this change's state too
    }
    Long last = lastPush.get(instId);
    if (last == null || now - last >= INTERVAL_NANOS) {
      lastPush.put(instId, now);
      return true;
    }
    waiting.add(instId);
    return false;
  }

  /** The waiting instruments whose interval has passed by {@code now}, recorded as pushed now. */
  synchronized List<String> due(long now) {
    if (waiting.isEmpty()) {
      return List.of();
    }
    List<String> due = new ArrayList<>();
    for (var it = waiting.iterator(); it.hasNext(); ) {
      String instId = it.next();
      if (now - lastPush.get(instId) >= INTERVAL_NANOS) {
        it.remove();
        lastPush.put(instId, now);
        due.add(instId);
      }
    }
    return due;
  }
}
