package dev.okxtestkit.exchange;

import com.fasterxml.jackson.annotation.JsonValue;

/** OKX order states; the last three are terminal. */
public enum OrderState {
  LIVE("live"),
  PARTIALLY_FILLED("partially_filled"),
  FILLED("filled"),
  CANCELED("canceled"),
  MMP_CANCELED("mmp_canceled");

  private final String okxName;

  OrderState(String okxName) {
    this.okxName = okxName;
  }

  /** As OKX writes it, e.g. {@code partially_filled}; also its JSON form. */
  @JsonValue
  public String okxName() {
    return okxName;
  }

  public boolean isPending() {
    return this == LIVE || this == PARTIALLY_FILLED;
  }
}
