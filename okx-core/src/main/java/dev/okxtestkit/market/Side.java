package dev.okxtestkit.market;

import dev.okxtestkit.protocol.WireValue;
import java.util.Optional;

/**
 * The side of an order or fill ({@code side}): a buyer takes the asks, a seller the bids. See
 * <a href="https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order">Place order</a>.
 */
public enum Side implements WireValue {
  BUY("buy"),
  SELL("sell");

  private final String wire;

  Side(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** The side OKX writes as {@code wire}; empty for anything else. */
  public static Optional<Side> fromWire(String wire) {
    return WireValue.parse(Side.class, wire);
  }
}
