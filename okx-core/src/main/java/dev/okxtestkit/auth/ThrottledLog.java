package dev.okxtestkit.auth;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes at most {@code linesPerSecond} lines a second; the lines over that are counted, and the count
 * is written with the first line of a later second. So a storm of authentication failures costs a few
 * lines a second instead of one each, and says how many it left out; every failure is still recorded in
 * the {@link AuthFailureLog}. Runs on real time, not the simulator clock, which tests stop. Thread-safe.
 */
final class ThrottledLog {

  /** Lines written per second at most, before the rest are counted instead. */
  static final int DEFAULT_LINES_PER_SECOND = 10;

  private final Clock clock;
  private final int linesPerSecond;
  private final Consumer<String> sink;
  private long second = Long.MIN_VALUE;
  private int written;
  private long suppressed;

  ThrottledLog(Clock clock, int linesPerSecond, Consumer<String> sink) {
    this.clock = clock;
    this.linesPerSecond = linesPerSecond;
    this.sink = sink;
  }

  /** Writes the line (built only if it is written) unless this second's lines are used up. */
  synchronized void log(Supplier<String> line) {
    long now = Math.floorDiv(clock.millis(), 1000);
    if (now != second) {
      second = now;
      written = 0;
      if (suppressed > 0) {
        sink.accept("Suppressed " + suppressed + " auth-failure log lines (more than " + linesPerSecond
            + " a second); every failure is in GET /__admin/okx/auth-failures.");
        suppressed = 0;
      }
    }
    if (written < linesPerSecond) {
      written++;
      sink.accept(line.get());
    } else {
      suppressed++;
    }
  }
}
