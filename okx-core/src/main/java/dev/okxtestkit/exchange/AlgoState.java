package dev.okxtestkit.exchange;

import dev.okxtestkit.protocol.WireValue;
import java.util.Optional;

/**
 * The state of an algo order ({@code state}): waiting for its trigger, triggered with its order placed, cancelled,
 * or triggered with its order refused. See <a
 * href="https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-place-algo-order">Place algo order</a>.
 */
public enum AlgoState implements WireValue {
  LIVE("live"),
  EFFECTIVE("effective"),
  CANCELED("canceled"),
  ORDER_FAILED("order_failed");

  private final String wire;

  AlgoState(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** The constant OKX writes as {@code wire}; empty for anything else. */
  public static Optional<AlgoState> fromWire(String wire) {
    return WireValue.parse(AlgoState.class, wire);
  }
}
