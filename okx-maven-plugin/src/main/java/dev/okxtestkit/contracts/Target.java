package dev.okxtestkit.contracts;

import java.util.Locale;

/** Where {@code okx:verify} sends its checks. */
public enum Target {
  /** The embedded simulator on a free loopback port: offline, no setup. */
  SIMULATOR,
  /** OKX demo trading: always {@code x-simulated-trading: 1}, HTTPS only, a demo key. */
  SANDBOX,
  /** Any base URL: a simulator container, a shared test server. */
  URL;

  /** The sandbox's default base URL; demo and live trading share it and differ by a header. */
  public static final String OKX_BASE_URL = "https://www.okx.com";

  public static Target parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new VerificationSetupException(
          "okx.target must be simulator, sandbox or url, not '" + value + "'");
    }
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
