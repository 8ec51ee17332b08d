package dev.okxtestkit.exchange;

import dev.okxtestkit.protocol.WireValue;
import java.util.Optional;

/**
 * The price an algo order watches ({@code tpTriggerPxType}, {@code slTriggerPxType}, {@code triggerPxType});
 * {@code last} unless given. See
 * <a href="https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-place-algo-order">Place algo
 * order</a>.
 */
public enum TriggerPriceType implements WireValue {
  LAST("last"),
  INDEX("index"),
  MARK("mark");

  private final String wire;

  TriggerPriceType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** The constant OKX writes as {@code wire}; empty for anything else. */
  public static Optional<TriggerPriceType> fromWire(String wire) {
    return WireValue.parse(TriggerPriceType.class, wire);
  }
}
