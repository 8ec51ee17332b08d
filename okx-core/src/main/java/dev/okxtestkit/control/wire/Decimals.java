package dev.okxtestkit.control.wire;

import dev.okxtestkit.control.OkxControlException;
import java.math.BigDecimal;

/** Decimal text of a control body (its bounds are {@link dev.okxtestkit.control.OkxControl}'s to check). */
public final class Decimals {

  private Decimals() {}

  public static BigDecimal parse(String field, String text) {
    if (text == null || text.isBlank() || text.length() > 80) {
      throw new OkxControlException(field + " must be a decimal number, like \"1000.5\"");
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new OkxControlException(field + " must be a decimal number, not '" + text.trim() + "'");
    }
  }
}
