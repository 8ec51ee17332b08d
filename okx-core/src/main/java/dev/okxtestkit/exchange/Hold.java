package dev.okxtestkit.exchange;

import java.math.BigDecimal;

/**
 * What an open order keeps frozen, in one currency: quote for a spot buy, base for a spot sell, margin
 * in the settlement currency for derivatives.
 */
record Hold(String ccy, BigDecimal amount) {

  /** What an order holds before it is placed. */
  static final Hold NONE = new Hold("", BigDecimal.ZERO);

  /** This hold less {@code released}, in the same currency. */
  Hold less(BigDecimal released) {
    return new Hold(ccy, amount.subtract(released));
  }
}
