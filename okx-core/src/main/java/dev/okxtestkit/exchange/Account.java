package dev.okxtestkit.exchange;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The state of one API key's account: wallet, orders, fills and positions, and what its open orders
 * hold. Guarded by the {@link Exchange}; history is capped so long runs stay in bounded memory.
 */
final class Account {

  /** Finished orders and fills kept per account (OKX keeps days of history; tests need far less). */
  static final int HISTORY_LIMIT = 5_000;

  final Wallet wallet;
  /** Every pending order and the newest finished ones, by ordId in placement order. */
  final Map<Long, Order> orders = new LinkedHashMap<>();
  /**
   * The pending orders alone, in placement order: placing an order checks them (client ids, the
   * per-instrument cap) and market moves fill them, so those never walk thousands of finished ones.
   */
  final Map<Long, Order> pending = new LinkedHashMap<>();
  private int finishedCount;
  /** Newest first. */
  final Deque<Fill> fills = new ArrayDeque<>();
  /** Newest first. */
  final Deque<Bill> bills = new ArrayDeque<>();
  /** Orders with a take profit / stop loss attached that have not finished yet. */
  final List<Order> awaitingTpSl = new ArrayList<>();
  /** Algo orders by algoId, in placement order: live ones and the newest finished ones. */
  final Map<Long, AlgoOrder> algos = new LinkedHashMap<>();
  /** Open (and recently closed) positions, one per instrument in net mode, one per side in long/short mode. */
  final Map<PositionKey, MutablePosition> positions = new LinkedHashMap<>();
  PositionMode positionMode = PositionMode.NET_MODE;
  /** The funding account (OKX's account type 6): empty until something is transferred in. */
  final Map<String, BigDecimal> funding = new java.util.TreeMap<>();
  final Leverage leverage = new Leverage();
  long updated;

  final String apiKey;
  private final ChangeSet changes;

  Account(String apiKey, ChangeSet changes, Map<String, BigDecimal> initial, long now) {
    this.apiKey = apiKey;
    this.changes = changes;
    this.wallet = new Wallet(initial);
    this.updated = now;
  }

  /** The order was placed or changed (fill, state, price, size): its owner's streams hear of it. */
  void touch(Order order) {
    changes.order(this, order);
  }

  /** An algo order was placed or changed state or terms. */
  void touch(AlgoOrder algo) {
    changes.algo(this, algo);
  }

  /** Balances or positions moved without an order (funding, transfers, the control API). */
  void touch() {
    changes.account(this);
  }

  // ---- what open orders hold: the wallet and the order's hold always move together

  /** Freezes {@code hold} for a new order; false, with nothing moved, when it is not available. */
  boolean reserve(Order order, Hold hold) {
    if (!wallet.covers(hold)) {
      return false;
    }
    wallet.freezeForOrder(hold.ccy(), hold.amount());
    order.hold = hold;
    return true;
  }

  /** Gives back up to {@code amount} of what the order holds (the part a fill used). */
  void release(Order order, BigDecimal amount) {
    BigDecimal released = amount.min(order.hold.amount());
    wallet.releaseFromOrder(order.hold.ccy(), released);
    order.hold = order.hold.less(released);
  }

  /** Gives back everything the order holds (it ended). */
  void releaseAll(Order order) {
    release(order, order.hold.amount());
  }

  /**
   * Swaps what the order holds for {@code wanted} (an amend's new price or size). When {@code wanted}
   * is not available, even counting what the order gives back, nothing moves and the answer is false.
   */
  boolean replaceHold(Order order, Hold wanted) {
    Hold current = order.hold;
    wallet.releaseFromOrder(current.ccy(), current.amount());
    if (!wallet.covers(wanted)) {
      wallet.freezeForOrder(current.ccy(), current.amount());
      return false;
    }
    wallet.freezeForOrder(wanted.ccy(), wanted.amount());
    order.hold = wanted;
    return true;
  }

  /**
   * Gives the order a new price and size with the hold they need ({@code holdFor} the amended order).
   * When that hold is not available the order keeps its price, size and hold, and the answer is false.
   */
  boolean amend(Order order, BigDecimal px, BigDecimal sz, Function<Order, Hold> holdFor) {
    Order.Amendment amendment = order.amend(px, sz);
    if (!replaceHold(order, holdFor.apply(order))) {
      amendment.undo();
      return false;
    }
    return true;
  }

  // ---- orders and fills

  /** Whether an open order uses {@code clOrdId} (a finished order's client id may be reused, as on OKX). */
  boolean hasPendingClientId(String clOrdId) {
    return pending.values().stream().anyMatch(o -> o.clOrdId.equals(clOrdId));
  }

  long pendingOn(String instId) {
    return pending.values().stream().filter(o -> o.instrument.instId().equals(instId)).count();
  }

  void addBill(Bill bill) {
    bills.addFirst(bill);
    if (bills.size() > HISTORY_LIMIT) {
      bills.removeLast();
    }
  }

  void addFill(Fill fill) {
    fills.addFirst(fill);
    if (fills.size() > HISTORY_LIMIT) {
      fills.removeLast();
    }
  }

  void add(Order order) {
    orders.put(order.ordId, order);
    pending.put(order.ordId, order);
  }

  /** Called once when an order reaches a terminal state. */
  void finished(Order order) {
    if (pending.remove(order.ordId) != null) {
      finishedCount++;
    }
  }

  /** Drops the oldest finished algo orders beyond the limit; live ones always stay. */
  void trimAlgoHistory() {
    long finished = algos.values().stream().filter(a -> a.state != AlgoState.LIVE).count();
    Iterator<AlgoOrder> it = algos.values().iterator();
    while (finished > AlgoBook.HISTORY_LIMIT && it.hasNext()) {
      if (it.next().state != AlgoState.LIVE) {
        it.remove();
        finished--;
      }
    }
  }

  /** Drops the oldest finished orders beyond the limit; pending orders always stay. */
  void trimHistory() {
    Iterator<Order> it = orders.values().iterator();
    while (finishedCount > HISTORY_LIMIT && it.hasNext()) {
      if (!it.next().state.isPending()) {
        it.remove();
        finishedCount--;
      }
    }
  }

  /** Whether any derivatives position is open or any order pending: OKX then refuses to switch modes. */
  boolean hasPositionsOrOrders() {
    return !pending.isEmpty() || positions.values().stream().anyMatch(p -> p.pos.signum() != 0);
  }

  /** The contracts the position holds, whatever its direction. */
  BigDecimal positionSize(PositionKey key) {
    MutablePosition position = positions.get(key);
    return position == null ? BigDecimal.ZERO : position.pos.abs();
  }

  /** The contracts of the position that pending orders do not already close. */
  BigDecimal closable(PositionKey key) {
    BigDecimal open = positionSize(key);
    for (Order order : pending.values()) {
      if (order.closes() && order.instrument.instId().equals(key.instId()) && order.posSide == key.posSide()) {
        open = open.subtract(order.remaining());
      }
    }
    return open.max(BigDecimal.ZERO);
  }

  /** Which position a fill goes to: the instrument's net position, or its long or short one. */
  record PositionKey(String instId, PositionSide posSide) {}

  /** A derivatives position while it is open; mutable, guarded by the exchange. */
  static final class MutablePosition {
    final String posId;
    final String instId;
    final PositionSide posSide;
    final TradeMode mgnMode;
    final long cTime;
    BigDecimal pos = BigDecimal.ZERO;
    BigDecimal avgPx = BigDecimal.ZERO;
    BigDecimal margin = BigDecimal.ZERO;
    BigDecimal realizedPnl = BigDecimal.ZERO;
    BigDecimal fee = BigDecimal.ZERO;
    /** Funding received (positive) or paid (negative) while open. */
    BigDecimal fundingFee = BigDecimal.ZERO;
    int lever;
    long uTime;

    MutablePosition(String posId, PositionKey key, TradeMode mgnMode, int lever, long now) {
      this.posId = posId;
      this.instId = key.instId();
      this.posSide = key.posSide();
      this.mgnMode = mgnMode;
      this.lever = lever;
      this.cTime = now;
      this.uTime = now;
    }
  }
}
