package dev.okxtestkit.exchange;

/**
 * One row of {@code account/leverage-info}: the leverage new orders with these terms use.
 *
 * @param posSide {@code long} or {@code short} for isolated margin in long/short mode, {@code net} otherwise
 */
public record LeverageView(String instId, TradeMode mgnMode, PositionSide posSide, int lever) {}
