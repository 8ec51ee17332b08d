package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Side;
import java.math.BigDecimal;

/**
 * An algo order of one account: what it waits for and, once triggered, the order it placed. Mutable,
 * guarded by the {@link Exchange}; tests and endpoints see {@link AlgoView} snapshots.
 */
final class AlgoOrder {

  /** OKX's order price {@code -1}: the triggered order is a market order. */
  static final BigDecimal MARKET = BigDecimal.ONE.negate();

  final long algoId;
  final String algoClOrdId;
  final String tag;
  final AlgoOrderType ordType;
  final Instrument instrument;
  final Side side;
  final PositionSide posSide;
  final TradeMode tdMode;
  final TargetCurrency tgtCcy;
  /** Null when the order closes the whole position ({@code closeFraction} 1). */
  BigDecimal sz;
  final boolean reduceOnly;
  final long cTime;
  /** Take profit / stop loss (conditional, oco); null when not set. */
  BigDecimal tpTriggerPx;
  BigDecimal tpOrdPx;
  TriggerPriceType tpTriggerPxType = TriggerPriceType.LAST;
  BigDecimal slTriggerPx;
  BigDecimal slOrdPx;
  TriggerPriceType slTriggerPxType = TriggerPriceType.LAST;
  /** A plain trigger: fires when the price reaches it from the side it was on when placed. */
  BigDecimal triggerPx;
  BigDecimal ordPx;
  TriggerPriceType triggerPxType = TriggerPriceType.LAST;
  boolean triggerAbove;
  /** A trailing stop: how far behind the best price it follows, and from when. */
  BigDecimal callbackRatio;
  BigDecimal callbackSpread;
  BigDecimal activePx;
  /** The best price since it became active (highest for a sell, lowest for a buy); null before. */
  BigDecimal best;
  /** The order of a normal order whose fill created this one ({@code attachAlgoOrds}); 0 otherwise. */
  long parentOrdId;

  AlgoState state = AlgoState.LIVE;
  long uTime;
  long triggerTime;
  String ordId = "";
  /** {@code tp} or {@code sl}: which side of a conditional or oco order fired. */
  String actualSide = "";
  BigDecimal actualSz;
  BigDecimal actualPx;
  String failCode = "";

  AlgoOrder(long algoId, String algoClOrdId, String tag, AlgoOrderType ordType, Instrument instrument, Side side,
      PositionSide posSide, TradeMode tdMode, TargetCurrency tgtCcy, BigDecimal sz, boolean reduceOnly, long now) {
    this.algoId = algoId;
    this.algoClOrdId = algoClOrdId;
    this.tag = tag;
    this.ordType = ordType;
    this.instrument = instrument;
    this.side = side;
    this.posSide = posSide;
    this.tdMode = tdMode;
    this.tgtCcy = tgtCcy;
    this.sz = sz;
    this.reduceOnly = reduceOnly;
    this.cTime = now;
    this.uTime = now;
  }

  boolean isBuy() {
    return side == Side.BUY;
  }

  /** The stop price a trailing stop would fire at now; null before it is active. */
  BigDecimal moveTriggerPx() {
    if (best == null) {
      return null;
    }
    BigDecimal sign = BigDecimal.valueOf(isBuy() ? 1 : -1);
    return callbackRatio != null
        ? best.add(best.multiply(callbackRatio).multiply(sign))
        : best.add(callbackSpread.multiply(sign));
  }

  AlgoView view() {
    return new AlgoView(Long.toString(algoId), algoClOrdId, tag, ordType, instrument.instType(),
        instrument.instId(), side, posSide, tdMode, tgtCcy, sz, sz == null, reduceOnly, tpTriggerPx,
        tpTriggerPxType, tpOrdPx, slTriggerPx, slTriggerPxType, slOrdPx, triggerPx, triggerPxType, ordPx,
        callbackRatio, callbackSpread, activePx, moveTriggerPx(), state, ordId, actualSide, actualSz, actualPx,
        failCode, triggerTime, cTime, uTime);
  }
}
