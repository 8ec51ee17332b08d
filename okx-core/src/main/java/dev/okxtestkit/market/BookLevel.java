package dev.okxtestkit.market;

import java.math.BigDecimal;

/** One price level of an order book: price, size and how many orders make it up. */
public record BookLevel(BigDecimal price, BigDecimal size, int orders) {

  public BookLevel {
    if (price.signum() <= 0 || size.signum() <= 0) {
      throw new IllegalArgumentException("book levels need a positive price and size");
    }
  }

  public static BookLevel of(String price, String size) {
    return new BookLevel(new BigDecimal(price), new BigDecimal(size), 1);
  }
}
