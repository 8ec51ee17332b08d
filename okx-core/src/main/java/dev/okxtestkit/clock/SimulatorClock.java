package dev.okxtestkit.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulator's clock: the system clock, the system clock shifted by an offset, or a fixed instant.
 * It can be switched while the simulator runs, so tests of the ±30 s timestamp window are deterministic.
 * Thread-safe.
 */
public final class SimulatorClock extends Clock {

  /** A stopped clock's instant, or null while it runs. */
  private Instant fixedAt;
  /** A running clock's distance from system time. */
  private Duration offset = Duration.ZERO;
  /** What {@link #instant()} reads: rebuilt from the two fields above on every change, never wrapped. */
  private volatile Clock delegate;

  private SimulatorClock(Instant fixedAt, Duration offset) {
    set(fixedAt, offset);
  }

  public static SimulatorClock system() {
    return new SimulatorClock(null, Duration.ZERO);
  }

  public static SimulatorClock fixed(Instant instant) {
    return new SimulatorClock(instant, Duration.ZERO);
  }

  public static SimulatorClock offset(Duration offset) {
    return new SimulatorClock(null, offset);
  }

  /** Stops the clock at {@code instant}. */
  public synchronized void setFixed(Instant instant) {
    set(instant, Duration.ZERO);
  }

  /** Runs the clock at system time plus {@code offset}. */
  public synchronized void setOffset(Duration offset) {
    set(null, offset);
  }

  /** Back to system time. */
  public synchronized void useSystem() {
    set(null, Duration.ZERO);
  }

  /**
   * Moves the clock forward (or back, for a negative amount), whatever mode it is in: a stopped clock
   * stays stopped at the new instant, a running one runs on with the offset moved. The clock is rebuilt,
   * not wrapped, so any number of advances costs nothing when it is read.
   */
  public synchronized void advance(Duration amount) {
    if (fixedAt != null) {
      set(fixedAt.plus(amount), Duration.ZERO);
    } else {
      set(null, offset.plus(amount));
    }
  }

  private void set(Instant newFixedAt, Duration newOffset) {
    fixedAt = newFixedAt;
    offset = newOffset;
    delegate = newFixedAt != null ? Clock.fixed(newFixedAt, ZoneOffset.UTC)
        : newOffset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), newOffset);
  }

  @Override
  public Instant instant() {
    return delegate.instant();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the simulator clock is always UTC");
  }
}
