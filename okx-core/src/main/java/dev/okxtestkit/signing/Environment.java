package dev.okxtestkit.signing;

import java.util.Locale;

/** Where an API key was created: OKX demo trading or the live exchange. */
public enum Environment {
  /** Demo-trading key: every request must carry {@code x-simulated-trading: 1}. */
  DEMO,
  /** Live key: requests must not carry {@code x-simulated-trading: 1}. */
  LIVE;

  /** {@code demo} or {@code live}, case-insensitive. */
  public static Environment parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "demo" -> DEMO;
      case "live" -> LIVE;
      default -> throw new IllegalArgumentException(
          "environment must be 'demo' or 'live', not '" + value + "'");
    };
  }
}
