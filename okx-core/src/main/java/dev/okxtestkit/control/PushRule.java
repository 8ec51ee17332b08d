package dev.okxtestkit.control;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the simulator does to one WebSocket channel's pushes, to test how a client copes with a slow or
 * lossy stream: hold each push back for {@code delay}, or (no delay) withhold them, as lost pushes.
 *
 * @param channel the channel as subscribed: {@code orders}, {@code tickers}, {@code candle1m}, …
 * @param delay how long each push waits; empty: pushes are not sent at all
 */
public record PushRule(String channel, Optional<Duration> delay) {

  /** The longest delay a rule may set. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(10);

  public PushRule {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(delay, "delay");
  }

  public static PushRule delay(String channel, Duration delay) {
    return new PushRule(channel, Optional.of(delay));
  }

  public static PushRule withhold(String channel) {
    return new PushRule(channel, Optional.empty());
  }
}
