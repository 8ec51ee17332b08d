package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Side;
import java.math.BigDecimal;

/**
 * What moved a balance, as OKX's bills say it: a {@code type} and its {@code subType}. Codes from
 * OKX's bill type list (https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-7-days).
 */
public enum BillKind {
  TRANSFER_IN(1, 11),
  TRANSFER_OUT(1, 12),
  BUY(2, 1),
  SELL(2, 2),
  OPEN_LONG(2, 3),
  OPEN_SHORT(2, 4),
  CLOSE_LONG(2, 5),
  CLOSE_SHORT(2, 6),
  DELIVERY_LONG(3, 112),
  DELIVERY_SHORT(3, 113),
  FUNDING_EXPENSE(8, 173),
  FUNDING_INCOME(8, 174);

  private final int type;
  private final int subType;

  BillKind(int type, int subType) {
    this.type = type;
    this.subType = subType;
  }

  /** OKX's {@code type}, e.g. 2 for a trade. */
  public int type() {
    return type;
  }

  /** OKX's {@code subType}, e.g. 3 for opening a long. */
  public int subType() {
    return subType;
  }

  /** The kind of a derivatives fill: opening or closing, long or short, from the position it changed. */
  static BillKind ofDerivativesFill(Side side, BigDecimal positionBefore) {
    boolean buy = side == Side.BUY;
    if (buy) {
      return positionBefore.signum() < 0 ? CLOSE_SHORT : OPEN_LONG;
    }
    return positionBefore.signum() > 0 ? CLOSE_LONG : OPEN_SHORT;
  }
}
