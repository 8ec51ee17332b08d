package dev.okxtestkit.catalogue;

import java.time.Duration;

/**
 * OKX's published limit for one endpoint: {@code requests} per {@code window}, counted by {@code key}.
 * For batch endpoints OKX counts orders, not requests ({@code perOrder}).
 */
public record RateLimit(int requests, Duration window, RateLimitKey key, boolean perOrder) {

  public static RateLimit of(int requests, int seconds, RateLimitKey key) {
    return new RateLimit(requests, Duration.ofSeconds(seconds), key, false);
  }

  public static RateLimit ordersOf(int orders, int seconds, RateLimitKey key) {
    return new RateLimit(orders, Duration.ofSeconds(seconds), key, true);
  }

  /** For the README: {@code 60 / 2 s per User ID + Instrument ID}. */
  public String describe() {
    return requests + (perOrder ? " orders" : "") + " / " + window.toSeconds() + " s per " + key.label();
  }
}
