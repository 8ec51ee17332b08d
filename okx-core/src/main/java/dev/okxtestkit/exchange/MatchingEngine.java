package dev.okxtestkit.exchange;

import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Side;
import dev.okxtestkit.market.Market;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How orders trade against the simulated market: what an order holds, taking liquidity, resting
 * orders filling when the market moves, and settling each fill (funds, fees, positions). Called only
 * by the {@link Exchange}, under its lock.
 */
final class MatchingEngine {

  private final Market market;
  private final Clock clock;
  private final FeeSchedule fees = FeeSchedule.LV1;
  private final AtomicLong tradeIds = new AtomicLong(900_000_000L);
  private final AtomicLong billIds = new AtomicLong(800_000_000_000_000_000L);

  private final ChangeSet changes;

  MatchingEngine(Market market, Clock clock, ChangeSet changes) {
    this.market = market;
    this.clock = clock;
    this.changes = changes;
  }

  /** A new bill id: one sequence for every bill of the exchange, so bills page by id as on OKX. */
  String nextBillId() {
    return Long.toString(billIds.incrementAndGet());
  }

  /** What an order must hold while it is open: quote for buys, base for sells, margin for derivatives. */
  Hold holdFor(Order order) {
    Instrument inst = order.instrument;
    BigDecimal remaining = order.remaining();
    if (!inst.isSpot()) {
      BigDecimal price = order.px != null ? order.px : sweepPrice(order);
      if (order.closes()) {
        return new Hold(inst.settleCcy(), BigDecimal.ZERO); // closing a long/short side needs no margin
      }
      BigDecimal margin = remaining.multiply(inst.ctVal()).multiply(price)
          .divide(BigDecimal.valueOf(order.lever), 8, RoundingMode.UP);
      return new Hold(inst.settleCcy(), margin);
    }
    if (order.isBuy()) {
      if (order.px != null) {
        return new Hold(inst.quoteCcy(), order.px.multiply(remaining));
      }
      if (order.tgtCcy == TargetCurrency.QUOTE_CCY) {
        return new Hold(inst.quoteCcy(), order.sz);
      }
      return new Hold(inst.quoteCcy(), sweepCost(order, remaining));
    }
    if (order.px == null && order.tgtCcy == TargetCurrency.QUOTE_CCY) {
      return new Hold(inst.baseCcy(), baseForQuote(order, order.sz));
    }
    return new Hold(inst.baseCcy(), remaining);
  }

  /** Runs a newly placed order: post-only and fill-or-kill checks, taking liquidity, resting or not. */
  void execute(Account account, Order order) {
    long now = order.cTime;
    List<BookLevel> crossing = takeable(order, order.px);
    switch (order.ordType) {
      case POST_ONLY -> {
        if (!crossing.isEmpty()) {
          finish(account, order, OrderState.CANCELED, now); // would have taken: OKX cancels it
        }
        return;
      }
      case FOK -> {
        BigDecimal available = crossing.stream().map(BookLevel::size).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (available.compareTo(order.sz) < 0) {
          finish(account, order, OrderState.CANCELED, now);
          return;
        }
      }
      default -> { }
    }
    take(account, order, order.px, true);
    if (!order.ordType.rests() && order.state.isPending()) {
      finish(account, order, OrderState.CANCELED, now); // market, ioc: the rest is cancelled
    }
  }

  /** Fills {@code order} against the book up to {@code limit} (null: any price). */
  void take(Account account, Order order, BigDecimal limit, boolean taker) {
    String instId = order.instrument.instId();
    for (BookLevel level : takeable(order, limit)) {
      BigDecimal qty = order.sizedInQuote()
          ? floorToLot(order.quoteLeft.divide(level.price(), 12, RoundingMode.DOWN), order.instrument)
              .min(level.size())
          : order.remaining().min(level.size());
      if (qty.signum() <= 0) {
        break;
      }
      BigDecimal price = taker ? level.price() : order.px;
      fill(account, order, price, qty, taker);
      market.consume(instId, order.side, level.price(), qty);
      if (!order.state.isPending()) {
        break;
      }
    }
  }

  /** After a market move: resting orders on the instrument fill as makers at their own price. */
  void matchResting(String instId, Collection<Account> accounts) {
    for (Account account : accounts) {
      List<Order> resting = account.pending.values().stream()
          .filter(o -> o.instrument.instId().equals(instId) && o.px != null)
          .toList();
      for (Order order : resting) {
        take(account, order, order.px, false);
      }
    }
  }

  private void fill(Account account, Order order, BigDecimal price, BigDecimal qty, boolean taker) {
    long now = clock.millis();
    Instrument inst = order.instrument;
    BigDecimal rate = fees.rate(inst, taker);
    BigDecimal notional = price.multiply(qty);
    BigDecimal fee;
    String feeCcy;
    BigDecimal pnl = BigDecimal.ZERO;
    String tradeId = Long.toString(tradeIds.incrementAndGet());
    String billId = Long.toString(billIds.incrementAndGet());
    Ledger ledger = new Ledger(account, order, tradeId, taker ? "T" : "M", price, qty, now);
    if (inst.isSpot()) {
      String base = inst.baseCcy();
      String quote = inst.quoteCcy();
      if (order.isBuy()) {
        BigDecimal release = order.px != null ? order.px.multiply(qty) : notional;
        account.release(order, release);
        account.wallet.debit(quote, notional);
        fee = qty.multiply(rate);
        feeCcy = base;
        account.wallet.credit(base, qty.subtract(fee));
        ledger.spot(Long.toString(billIds.incrementAndGet()), quote, notional.negate(), BigDecimal.ZERO);
        ledger.spot(billId, base, qty.subtract(fee), fee.negate());
      } else {
        account.release(order, qty);
        account.wallet.debit(base, qty);
        fee = notional.multiply(rate);
        feeCcy = quote;
        account.wallet.credit(quote, notional.subtract(fee));
        ledger.spot(Long.toString(billIds.incrementAndGet()), base, qty.negate(), BigDecimal.ZERO);
        ledger.spot(billId, quote, notional.subtract(fee), fee.negate());
      }
      if (order.sizedInQuote()) {
        order.quoteLeft = order.quoteLeft.subtract(notional);
      }
    } else {
      BigDecimal held = order.hold.amount();
      BigDecimal perContract = order.remaining().signum() == 0 ? held
          : held.divide(order.remaining(), 12, RoundingMode.DOWN);
      account.release(order, perContract.multiply(qty));
      feeCcy = inst.settleCcy();
      fee = notional.multiply(inst.ctVal()).multiply(rate);
      Account.PositionKey key = order.positionKey();
      Account.MutablePosition before = account.positions.get(key);
      BillKind kind = BillKind.ofDerivativesFill(order.side, before == null ? BigDecimal.ZERO : before.pos);
      pnl = Positions.apply(account, inst, key, order.isBuy() ? qty : qty.negate(), price, order.lever,
          order.tdMode, now, () -> "" + billIds.incrementAndGet());
      account.wallet.debitUpTo(feeCcy, fee);
      account.positions.get(key).fee = account.positions.get(key).fee.subtract(fee);
      ledger.derivatives(billId, kind, pnl.subtract(fee), pnl, fee.negate());
    }
    order.accFillSz = order.accFillSz.add(qty);
    order.filledNotional = order.filledNotional.add(notional);
    order.fee = order.fee.subtract(fee);
    order.feeCcy = feeCcy;
    order.lastFillPx = price;
    order.lastFillSz = qty;
    order.lastFillTime = now;
    order.lastTradeId = tradeId;
    order.uTime = now;
    boolean done = order.sizedInQuote()
        ? order.quoteLeft.compareTo(inst.lotSz().multiply(price)) < 0
        : order.remaining().signum() == 0;
    if (done) {
      finish(account, order, OrderState.FILLED, now);
    } else {
      order.state = OrderState.PARTIALLY_FILLED;
    }
    account.addFill(new Fill(inst.instType(), inst.instId(), tradeId, Long.toString(order.ordId), order.clOrdId,
        billId, order.tag, price, qty, order.side, order.posSide,
        taker ? "T" : "M", feeCcy, fee.negate(), rate.negate(), pnl, now));
    account.updated = now;
    account.touch(order);
    // The public tape names the taker's side: the other side when a resting order of the key was taken.
    Side takerSide = taker ? order.side : order.isBuy() ? Side.SELL : Side.BUY;
    changes.trade(inst.instId(), market.recordTrade(inst.instId(), tradeId, price, qty, takerSide, now));
  }

  /** Ends an order: whatever it still holds goes back to available. */
  static void finish(Account account, Order order, OrderState state, long now) {
    account.releaseAll(order);
    order.state = state;
    order.uTime = now;
    account.finished(order);
    account.touch(order);
  }

  private BigDecimal sweepCost(Order order, BigDecimal size) {
    BigDecimal left = size;
    BigDecimal cost = BigDecimal.ZERO;
    for (BookLevel level : takeable(order, null)) {
      BigDecimal qty = left.min(level.size());
      cost = cost.add(qty.multiply(level.price()));
      left = left.subtract(qty);
      if (left.signum() == 0) {
        break;
      }
    }
    return cost;
  }

  private BigDecimal baseForQuote(Order order, BigDecimal quote) {
    BigDecimal left = quote;
    BigDecimal base = BigDecimal.ZERO;
    for (BookLevel level : takeable(order, null)) {
      BigDecimal levelQuote = level.size().multiply(level.price());
      if (levelQuote.compareTo(left) >= 0) {
        return base.add(floorToLot(left.divide(level.price(), 12, RoundingMode.UP), order.instrument));
      }
      base = base.add(level.size());
      left = left.subtract(levelQuote);
    }
    return base;
  }

  private BigDecimal sweepPrice(Order order) {
    List<BookLevel> levels = takeable(order, null);
    return levels.isEmpty() ? market.ticker(order.instrument.instId()).last() : levels.get(levels.size() - 1).price();
  }

  /** Whether the order, at {@code px}, would take liquidity now (a post-only order must not). */
  boolean wouldTake(Order order, BigDecimal px) {
    return !takeable(order, px).isEmpty();
  }

  /** The book levels the order may take at {@code limit} or better (null: any price). */
  private List<BookLevel> takeable(Order order, BigDecimal limit) {
    return market.takeable(order.instrument.instId(), order.side, limit);
  }

  static BigDecimal floorToLot(BigDecimal value, Instrument inst) {
    return value.divide(inst.lotSz(), 0, RoundingMode.DOWN).multiply(inst.lotSz());
  }
}
