package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Side;
import java.math.BigDecimal;

/**
 * One trade of a user's order ({@code trade/fills}). {@code fee} is negative when charged, as on OKX.
 *
 * @param execType {@code T} taker, {@code M} maker
 */
public record Fill(
    String instType,
    String instId,
    String tradeId,
    String ordId,
    String clOrdId,
    String billId,
    String tag,
    BigDecimal fillPx,
    BigDecimal fillSz,
    Side side,
    PositionSide posSide,
    String execType,
    String feeCcy,
    BigDecimal fee,
    BigDecimal feeRate,
    BigDecimal fillPnl,
    long ts) {}
