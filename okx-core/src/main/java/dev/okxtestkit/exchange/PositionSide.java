package dev.okxtestkit.exchange;

import dev.okxtestkit.protocol.WireValue;
import java.util.Optional;

/**
 * The position an order or fill belongs to ({@code posSide}): {@code net} in net mode, {@code long} or
 * {@code short} in long/short mode. See
 * <a href="https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order">Place order</a>.
 */
public enum PositionSide implements WireValue {
  NET("net"),
  LONG("long"),
  SHORT("short");

  private final String wire;

  PositionSide(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** The position side OKX writes as {@code wire}; empty for anything else. */
  public static Optional<PositionSide> fromWire(String wire) {
    return WireValue.parse(PositionSide.class, wire);
  }
}
