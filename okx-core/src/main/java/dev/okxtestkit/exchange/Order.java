package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An order of one account. Mutable, guarded by the {@link Exchange}; tests and endpoints see
 * {@link OrderView} snapshots.
 */
final class Order {

  final long ordId;
  final String clOrdId;
  final String tag;
  final Instrument instrument;
  final String side;
  final String ordType;
  final String tdMode;
  final String posSide;
  final String tgtCcy;
  final long cTime;
  BigDecimal px;
  BigDecimal sz;
  BigDecimal accFillSz = BigDecimal.ZERO;
  BigDecimal filledNotional = BigDecimal.ZERO;
  BigDecimal fee = BigDecimal.ZERO;
  String feeCcy = "";
  BigDecimal lastFillPx;
  BigDecimal lastFillSz = BigDecimal.ZERO;
  long lastFillTime;
  String lastTradeId = "";
  OrderState state = OrderState.LIVE;
  long uTime;
  /** What this order holds, in {@link #heldCcy}. */
  BigDecimal held = BigDecimal.ZERO;
  String heldCcy = "";
  /** For a market buy sized in quote currency: quote still to spend. */
  BigDecimal quoteLeft;

  Order(long ordId, String clOrdId, String tag, Instrument instrument, String side, String ordType,
      String tdMode, String posSide, String tgtCcy, BigDecimal px, BigDecimal sz, long now) {
    this.ordId = ordId;
    this.clOrdId = clOrdId;
    this.tag = tag;
    this.instrument = instrument;
    this.side = side;
    this.ordType = ordType;
    this.tdMode = tdMode;
    this.posSide = posSide;
    this.tgtCcy = tgtCcy;
    this.px = px;
    this.sz = sz;
    this.cTime = now;
    this.uTime = now;
  }

  boolean isBuy() {
    return side.equals("buy");
  }

  /** Size still to fill, in the order's base unit (base currency or contracts). */
  BigDecimal remaining() {
    return sz.subtract(accFillSz).max(BigDecimal.ZERO);
  }

  boolean sizedInQuote() {
    return quoteLeft != null;
  }

  OrderView view() {
    BigDecimal avgPx = accFillSz.signum() == 0 ? null
        : filledNotional.divide(accFillSz, instrument.tickSz().scale() + 4, RoundingMode.HALF_UP).stripTrailingZeros();
    return new OrderView(Long.toString(ordId), clOrdId, tag, instrument.instType(), instrument.instId(), side,
        ordType, tdMode, posSide, tgtCcy, px, sz, accFillSz, avgPx, lastFillPx, lastFillSz,
        lastFillTime, lastTradeId, fee, feeCcy, state, cTime, uTime);
  }
}
