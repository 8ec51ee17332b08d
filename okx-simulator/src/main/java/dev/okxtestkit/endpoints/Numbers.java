package dev.okxtestkit.endpoints;

import java.math.BigDecimal;

/** OKX writes numbers as strings without exponent or trailing zeros. */
final class Numbers {

  private Numbers() {}

  static String okx(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
