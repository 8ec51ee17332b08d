package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Side;
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
  final Side side;
  final OrderType ordType;
  final TradeMode tdMode;
  final PositionSide posSide;
  /** Null unless a SPOT market order (OKX then reports {@code ""}). */
  final TargetCurrency tgtCcy;
  /** The leverage of derivatives orders, fixed when placed; 1 for spot. */
  final int lever;
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
  /** What this order keeps frozen; {@link Account} moves it together with the wallet. */
  Hold hold = Hold.NONE;
  /** The algo order that placed this one when it triggered, {@code ""} for an order placed directly. */
  String algoId = "";
  String algoClOrdId = "";
  /** A take profit / stop loss that becomes an algo order once this order has filled; null when none. */
  AttachedTpSl attached;
  /** The algo order its {@link #attached} take profit / stop loss became, {@code ""} before. */
  String linkedAlgoId = "";
  /** For a market order sized in quote currency: quote still to spend (buy) or to raise (sell). */
  BigDecimal quoteLeft;

  Order(long ordId, String clOrdId, String tag, OrderRequest request, int lever, long now) {
    this.ordId = ordId;
    this.clOrdId = clOrdId;
    this.tag = tag;
    this.instrument = request.instrument();
    this.side = request.side();
    this.ordType = request.ordType();
    this.tdMode = request.tdMode();
    this.posSide = request.posSide();
    this.tgtCcy = request.tgtCcy();
    this.lever = lever;
    this.px = request.px();
    this.sz = request.sz();
    this.cTime = now;
    this.uTime = now;
    if (tgtCcy == TargetCurrency.QUOTE_CCY) {
      quoteLeft = sz; // a SPOT market order (either side) whose sz counts quote: it trades until that is spent
    }
  }

  boolean isBuy() {
    return side == Side.BUY;
  }

  /** In long/short mode, whether it closes its side's position (sells a long, buys back a short). */
  boolean closes() {
    return (posSide == PositionSide.LONG && side == Side.SELL) || (posSide == PositionSide.SHORT && side == Side.BUY);
  }

  Account.PositionKey positionKey() {
    return new Account.PositionKey(instrument.instId(), posSide);
  }

  /** Size still to fill, in the order's base unit (base currency or contracts). */
  BigDecimal remaining() {
    return sz.subtract(accFillSz).max(BigDecimal.ZERO);
  }

  boolean sizedInQuote() {
    return quoteLeft != null;
  }

  /**
   * Takes a new price and size (what an amend asks for); the order's hold is the caller's to replace.
   *
   * @return how to put the price and size back if the amend cannot go through
   */
  Amendment amend(BigDecimal newPx, BigDecimal newSz) {
    Amendment amendment = new Amendment(this, px, sz);
    px = newPx;
    sz = newSz;
    return amendment;
  }

  OrderView view() {
    BigDecimal avgPx = accFillSz.signum() == 0 ? null
        : filledNotional.divide(accFillSz, instrument.tickSz().scale() + 4, RoundingMode.HALF_UP).stripTrailingZeros();
    return new OrderView(Long.toString(ordId), clOrdId, tag, instrument.instType(), instrument.instId(), side,
        ordType, tdMode, posSide, lever, tgtCcy, px, sz, accFillSz, avgPx, lastFillPx, lastFillSz,
        lastFillTime, lastTradeId, fee, feeCcy, state, algoId, algoClOrdId, attached, linkedAlgoId, cTime, uTime);
  }

  /** A price and size change that can be undone: the order's terms before it. */
  record Amendment(Order order, BigDecimal previousPx, BigDecimal previousSz) {

    void undo() {
      order.px = previousPx;
      order.sz = previousSz;
    }
  }
}
