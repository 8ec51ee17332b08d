package dev.okxtestkit.exchange;

import java.math.BigDecimal;

/**
 * A derivatives position ({@code account/positions}): contracts (signed in net mode, positive for the
 * {@code long} and {@code short} sides of long/short mode), average open price and the margin it holds.
 */
public record Position(
    String posId,
    String instType,
    String instId,
    PositionSide posSide,
    String mgnMode,
    BigDecimal pos,
    BigDecimal avgPx,
    BigDecimal margin,
    String ccy,
    int lever,
    BigDecimal realizedPnl,
    BigDecimal fee,
    BigDecimal fundingFee,
    long cTime,
    long uTime) {

  /** Contracts with their direction: long positive, short negative, whatever the mode reports. */
  public BigDecimal signedPos() {
    return posSide == PositionSide.SHORT ? pos.negate() : pos;
  }
}
