package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Side;
import java.math.BigDecimal;

/**
 * A snapshot of an algo order with the fields OKX reports ({@code orders-algo-pending},
 * {@code orders-algo-history}, {@code order-algo}). Prices not set are null; an order price of
 * {@code -1} means a market order.
 *
 * @param sz null when it closes the whole position ({@code closeFraction} 1)
 * @param ordId the order it placed when triggered, {@code ""} before
 * @param actualSide {@code tp} or {@code sl} for a triggered conditional or oco order, {@code ""} otherwise
 */
public record AlgoView(
    String algoId,
    String algoClOrdId,
    String tag,
    AlgoOrderType ordType,
    String instType,
    String instId,
    Side side,
    PositionSide posSide,
    TradeMode tdMode,
    TargetCurrency tgtCcy,
    BigDecimal sz,
    boolean closesPosition,
    boolean reduceOnly,
    BigDecimal tpTriggerPx,
    TriggerPriceType tpTriggerPxType,
    BigDecimal tpOrdPx,
    BigDecimal slTriggerPx,
    TriggerPriceType slTriggerPxType,
    BigDecimal slOrdPx,
    BigDecimal triggerPx,
    TriggerPriceType triggerPxType,
    BigDecimal ordPx,
    BigDecimal callbackRatio,
    BigDecimal callbackSpread,
    BigDecimal activePx,
    BigDecimal moveTriggerPx,
    AlgoState state,
    String ordId,
    String actualSide,
    BigDecimal actualSz,
    BigDecimal actualPx,
    String failCode,
    long triggerTime,
    long cTime,
    long uTime) {}
