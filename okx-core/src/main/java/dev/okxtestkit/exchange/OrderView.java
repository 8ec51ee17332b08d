package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Side;
import java.math.BigDecimal;

/**
 * A snapshot of an order with the fields OKX reports ({@code trade/order}, {@code orders-pending},
 * {@code orders-history}). {@code px} is null for market orders; {@code tgtCcy} is null unless the
 * order is a SPOT market order (OKX reports {@code ""}); {@code avgPx} and {@code fillPx} are null
 * before any fill; {@code lever} is 1 for spot; {@code algoId} names the algo order that placed it, if any;
 * {@code attached} is its take profit / stop loss (null when none), {@code linkedAlgoId} the algo order
 * that became once it filled. The enums' {@code wire()} is the text OKX reports.
 */
public record OrderView(
    String ordId,
    String clOrdId,
    String tag,
    String instType,
    String instId,
    Side side,
    OrderType ordType,
    TradeMode tdMode,
    PositionSide posSide,
    int lever,
    TargetCurrency tgtCcy,
    BigDecimal px,
    BigDecimal sz,
    BigDecimal accFillSz,
    BigDecimal avgPx,
    BigDecimal fillPx,
    BigDecimal fillSz,
    long fillTime,
    String tradeId,
    BigDecimal fee,
    String feeCcy,
    OrderState state,
    String algoId,
    String algoClOrdId,
    AttachedTpSl attached,
    String linkedAlgoId,
    long cTime,
    long uTime) {}
