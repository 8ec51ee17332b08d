package dev.okxtestkit.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A consistent snapshot of one account for reporting: balances, open positions, the last update
 * (epoch ms), each held currency's USD price, and each position's mark price and contract value.
 */
public record AccountView(
    List<Balance> balances,
    List<Position> positions,
    long updated,
    Map<String, BigDecimal> usdPrices,
    Map<String, BigDecimal> markPrices,
    Map<String, BigDecimal> contractValues) {

  /** Unrealized PnL of a position at its mark price, in its settlement currency. */
  public BigDecimal unrealized(Position p) {
    BigDecimal perContract = markPrices.get(p.instId()).subtract(p.avgPx()).multiply(contractValues.get(p.instId()));
    return perContract.multiply(p.signedPos());
  }

  public BigDecimal usdPrice(String currency) {
    return usdPrices.getOrDefault(currency, BigDecimal.ZERO);
  }
}
