package dev.okxtestkit.control.wire;

import java.math.BigDecimal;

/** {@code POST /__admin/okx/markets/{instId}/price}: {@code {"price":"41000"}}. */
public record PriceBody(String price) {

  public static PriceBody of(BigDecimal price) {
    return new PriceBody(price.toString());
  }

  public BigDecimal value() {
    return Decimals.parse("price", price);
  }
}
