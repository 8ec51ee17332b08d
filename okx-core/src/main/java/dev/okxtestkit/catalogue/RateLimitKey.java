package dev.okxtestkit.catalogue;

/** What OKX counts requests by for one endpoint's rate limit (https://www.okx.com/docs-v5/en/#overview-rate-limits). */
public enum RateLimitKey {
  /** Public endpoints: the caller's IP. */
  IP("IP"),
  /** {@code public/instruments}: the caller's IP and the instType asked for. */
  IP_AND_INSTRUMENT_TYPE("IP + instType"),
  /** Private endpoints: the account (here: the API key). */
  USER("User ID"),
  /** Trading endpoints: the account and the instrument. */
  USER_AND_INSTRUMENT("User ID + Instrument ID");

  private final String label;

  RateLimitKey(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
