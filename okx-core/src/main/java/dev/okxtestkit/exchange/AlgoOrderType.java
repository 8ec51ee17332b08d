package dev.okxtestkit.exchange;

import dev.okxtestkit.protocol.WireValue;
import java.util.Optional;

/**
 * Which kind of algo order it is ({@code ordType} of {@code trade/order-algo}): take profit and stop loss,
 * one-cancels-the-other, a plain trigger, a trailing stop. See
 * <a href="https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-place-algo-order">Place algo
 * order</a>.
 */
public enum AlgoOrderType implements WireValue {
  CONDITIONAL("conditional"),
  OCO("oco"),
  TRIGGER("trigger"),
  MOVE_ORDER_STOP("move_order_stop");

  private final String wire;

  AlgoOrderType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** The constant OKX writes as {@code wire}; empty for anything else. */
  public static Optional<AlgoOrderType> fromWire(String wire) {
    return WireValue.parse(AlgoOrderType.class, wire);
  }
}
