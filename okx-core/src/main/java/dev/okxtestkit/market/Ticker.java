package dev.okxtestkit.market;

import java.math.BigDecimal;

/** 24-hour statistics of an instrument, as {@code market/ticker} reports them. */
public record Ticker(
    BigDecimal last,
    BigDecimal lastSz,
    BigDecimal open24h,
    BigDecimal high24h,
    BigDecimal low24h,
    BigDecimal vol24h,
    BigDecimal volCcy24h) {

  static Ticker opening(BigDecimal price, BigDecimal volume) {
    return new Ticker(price, BigDecimal.ZERO, price, price, price, volume, volume.multiply(price));
  }

  /** After a trade or a price move to {@code price}. */
  Ticker movedTo(BigDecimal price, BigDecimal size) {
    return new Ticker(price, size, open24h, high24h.max(price), low24h.min(price), vol24h.add(size),
        volCcy24h.add(size.multiply(price)));
  }
}
