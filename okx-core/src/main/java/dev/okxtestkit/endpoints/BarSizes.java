package dev.okxtestkit.endpoints;

import java.time.Duration;

/** OKX's candle {@code bar} values as durations; UTC+8 and UTC variants have the same length. */
final class BarSizes {

  private BarSizes() {}

  static Duration duration(String bar) {
    String b = bar.endsWith("utc") ? bar.substring(0, bar.length() - 3) : bar;
    char unit = b.charAt(b.length() - 1);
    long n = Long.parseLong(b.substring(0, b.length() - 1));
    return switch (unit) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'H' -> Duration.ofHours(n);
      case 'D' -> Duration.ofDays(n);
      case 'W' -> Duration.ofDays(7 * n);
      case 'M' -> Duration.ofDays(30 * n);
      default -> throw new IllegalArgumentException("bar " + bar);
    };
  }
}
