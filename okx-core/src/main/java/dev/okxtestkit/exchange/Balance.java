package dev.okxtestkit.exchange;

import java.math.BigDecimal;

/**
 * One currency of a trading account.
 *
 * @param currency e.g. {@code USDT}
 * @param available what new orders can use ({@code availBal})
 * @param frozen what open orders and positions hold ({@code frozenBal})
 * @param orderFrozen the part of {@code frozen} that open orders hold ({@code ordFrozen})
 */
public record Balance(String currency, BigDecimal available, BigDecimal frozen, BigDecimal orderFrozen) {

  /** {@code cashBal}: available plus frozen. */
  public BigDecimal total() {
    return available.add(frozen);
  }
}
