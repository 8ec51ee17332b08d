package dev.okxtestkit.exchange;

import dev.okxtestkit.protocol.WireValue;
import java.util.Optional;

/**
 * What the size of a SPOT market order counts ({@code tgtCcy}): base currency or quote currency. See
 * <a href="https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order">Place order</a>.
 */
public enum TargetCurrency implements WireValue {
  BASE_CCY("base_ccy"),
  QUOTE_CCY("quote_ccy");

  private final String wire;

  TargetCurrency(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** The target currency OKX writes as {@code wire}; empty for anything else. */
  public static Optional<TargetCurrency> fromWire(String wire) {
    return WireValue.parse(TargetCurrency.class, wire);
  }
}
