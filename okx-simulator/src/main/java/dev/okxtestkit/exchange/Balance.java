package dev.okxtestkit.exchange;

import java.math.BigDecimal;

/**
 * One currency of a trading account.
 *
 * @param currency e.g. {@code USDT}
 * @param available what can be used for new orders ({@code availBal})
 * @param frozen what open orders hold ({@code frozenBal}, {@code ordFrozen})
 */
public record Balance(String currency, BigDecimal available, BigDecimal frozen) {

  /** {@code cashBal} = {@code eq} for a spot account: available plus frozen. */
  public BigDecimal total() {
    return available.add(frozen);
  }
}
