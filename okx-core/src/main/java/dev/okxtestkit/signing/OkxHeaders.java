package dev.okxtestkit.signing;

/** Names of the request headers OKX reads on private endpoints. */
public final class OkxHeaders {
  public static final String ACCESS_KEY = "OK-ACCESS-KEY";
  public static final String ACCESS_SIGN = "OK-ACCESS-SIGN";
  public static final String ACCESS_TIMESTAMP = "OK-ACCESS-TIMESTAMP";
  public static final String ACCESS_PASSPHRASE = "OK-ACCESS-PASSPHRASE";
  /** {@code 1} for demo trading; absent or {@code 0} for live. */
  public static final String SIMULATED_TRADING = "x-simulated-trading";

  private OkxHeaders() {}
}
