package dev.okxtestkit.exchange;

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

  public String okxName() {
    return okxName;
  }

  public boolean isPending() {
    return this == LIVE || this == PARTIALLY_FILLED;
  }
}
