package dev.okxtestkit.exchange;

import java.math.BigDecimal;

/**
 * A derivatives position in net mode ({@code account/positions}): signed contracts, average open price
 * and the margin it holds.
 */
public record Position(
    String posId,
    String instType,
    String instId,
    String mgnMode,
    BigDecimal pos,
    BigDecimal avgPx,
    BigDecimal margin,
    String ccy,
    int lever,
    BigDecimal realizedPnl,
    BigDecimal fee,
    long cTime,
    long uTime) {}
