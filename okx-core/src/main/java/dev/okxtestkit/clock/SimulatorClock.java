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

  private volatile Clock delegate;

  private SimulatorClock(Clock delegate) {
    this.delegate = delegate;
  }

  public static SimulatorClock system() {
    return new SimulatorClock(Clock.systemUTC());
  }

  public static SimulatorClock fixed(Instant instant) {
    return new SimulatorClock(Clock.fixed(instant, ZoneOffset.UTC));
  }

  public static SimulatorClock offset(Duration offset) {
    return new SimulatorClock(Clock.offset(Clock.systemUTC(), offset));
  }

  /** Stops the clock at {@code instant}. */
  public void setFixed(Instant instant) {
    delegate = Clock.fixed(instant, ZoneOffset.UTC);
  }

  /** Runs the clock at system time plus {@code offset}. */
  public void setOffset(Duration offset) {
    delegate = Clock.offset(Clock.systemUTC(), offset);
  }

  /** Back to system time. */
  public void useSystem() {
    delegate = Clock.systemUTC();
  }

  /** Moves the clock forward (or back, for a negative amount), whatever mode it is in. */
  public synchronized void advance(Duration amount) {
    delegate = Clock.offset(delegate, amount);
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
