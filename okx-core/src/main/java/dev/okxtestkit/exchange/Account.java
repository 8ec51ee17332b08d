package dev.okxtestkit.exchange;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one API key's account: wallet, orders, fills and positions. Guarded by the
 * {@link Exchange}; history is capped so long runs stay in bounded memory.
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
  final Map<String, MutablePosition> positions = new LinkedHashMap<>();
  long updated;

  Account(Map<String, BigDecimal> initial, long now) {
    this.wallet = new Wallet(initial);
    this.updated = now;
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

  /** A derivatives position while it is open; mutable, guarded by the exchange. */
  static final class MutablePosition {
    final String posId;
    final String instId;
    final String mgnMode;
    final long cTime;
    BigDecimal pos = BigDecimal.ZERO;
    BigDecimal avgPx = BigDecimal.ZERO;
    BigDecimal margin = BigDecimal.ZERO;
    BigDecimal realizedPnl = BigDecimal.ZERO;
    BigDecimal fee = BigDecimal.ZERO;
    long uTime;

    MutablePosition(String posId, String instId, String mgnMode, long now) {
      this.posId = posId;
      this.instId = instId;
      this.mgnMode = mgnMode;
      this.cTime = now;
      this.uTime = now;
    }
  }
}
