package dev.okxtestkit.exchange;

import dev.okxtestkit.protocol.WireValue;
import java.util.Optional;

/**
 * How an order trades ({@code ordType}). See
 * <a href="https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order">Place order</a>.
 */
public enum OrderType implements WireValue {
  MARKET("market"),
  LIMIT("limit"),
  /** Rests on the book or is cancelled: never takes liquidity. */
  POST_ONLY("post_only"),
  /** Fill-or-kill: fills completely at once or is cancelled. */
  FOK("fok"),
  /** Immediate-or-cancel: fills what it can at once, the rest is cancelled. */
  IOC("ioc"),
  /** A market order that fills what it can at once, the rest is cancelled (futures and swaps on OKX). */
  OPTIMAL_LIMIT_IOC("optimal_limit_ioc");

  private final String wire;

  OrderType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Trades at whatever the book offers: OKX ignores {@code px} for these. */
  public boolean isMarket() {
    return this == MARKET || this == OPTIMAL_LIMIT_IOC;
  }

  /** What is left after taking liquidity rests on the book (the others cancel their rest). */
  public boolean rests() {
    return this == LIMIT || this == POST_ONLY;
  }

  /** The order type OKX writes as {@code wire}; empty for anything else. */
  public static Optional<OrderType> fromWire(String wire) {
    return WireValue.parse(OrderType.class, wire);
  }
}
