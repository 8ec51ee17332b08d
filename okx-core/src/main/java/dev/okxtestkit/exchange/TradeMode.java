package dev.okxtestkit.exchange;

import dev.okxtestkit.protocol.WireValue;
import java.util.Optional;

/**
 * The trade mode of an order ({@code tdMode}): {@code cash} for non-margin spot, a margin mode
 * otherwise. See <a href="https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order">Place
 * order</a>.
 */
public enum TradeMode implements WireValue {
  CASH("cash"),
  CROSS("cross"),
  ISOLATED("isolated"),
  SPOT_ISOLATED("spot_isolated");

  private final String wire;

  TradeMode(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** The trade mode OKX writes as {@code wire}; empty for anything else. */
  public static Optional<TradeMode> fromWire(String wire) {
    return WireValue.parse(TradeMode.class, wire);
  }
}
