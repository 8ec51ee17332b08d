package dev.okxtestkit.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The currencies of one account and the moves between available and frozen. Every move keeps
 * available + frozen = what the account owns; amounts never go negative. Not thread-safe: the
 * {@link Exchange} serializes access.
 */
final class Wallet {

  private final Map<String, Funds> byCurrency = new TreeMap<>();

  Wallet(Map<String, BigDecimal> initial) {
    initial.forEach((ccy, amount) -> funds(ccy).available = amount);
  }

  BigDecimal available(String ccy) {
    return funds(ccy).available;
  }

  /** {@code cashBal}: available plus frozen. */
  BigDecimal total(String ccy) {
    Funds f = funds(ccy);
    return f.available.add(f.frozen);
  }

  /** Whether {@code hold.amount} of its currency is available. */
  boolean covers(Hold hold) {
    return available(hold.ccy()).compareTo(hold.amount()) >= 0;
  }

  /** Moves {@code amount} from available to frozen for an open order. */
  void freezeForOrder(String ccy, BigDecimal amount) {
    Funds f = funds(ccy);
    requireCovered(f.available, amount, ccy);
    f.available = f.available.subtract(amount);
    f.frozen = f.frozen.add(amount);
    f.orderFrozen = f.orderFrozen.add(amount);
  }

  /** Gives back what an order held. */
  void releaseFromOrder(String ccy, BigDecimal amount) {
    Funds f = funds(ccy);
    BigDecimal released = amount.min(f.orderFrozen);
    f.orderFrozen = f.orderFrozen.subtract(released);
    f.frozen = f.frozen.subtract(released);
    f.available = f.available.add(released);
  }

  /** Moves order-held funds to position margin (still frozen, no longer for an order). */
  void orderToMargin(String ccy, BigDecimal amount) {
    Funds f = funds(ccy);
    f.orderFrozen = f.orderFrozen.subtract(amount.min(f.orderFrozen));
  }

  /** Gives back position margin. */
  void releaseMargin(String ccy, BigDecimal amount) {
    Funds f = funds(ccy);
    BigDecimal released = amount.min(f.marginFrozen());
    f.frozen = f.frozen.subtract(released);
    f.available = f.available.add(released);
  }

  void credit(String ccy, BigDecimal amount) {
    Funds f = funds(ccy);
    f.available = f.available.add(amount);
  }

  /** Takes from available; the caller made sure it is there (e.g. by releasing an order's hold). */
  void debit(String ccy, BigDecimal amount) {
    Funds f = funds(ccy);
    requireCovered(f.available, amount, ccy);
    f.available = f.available.subtract(amount);
  }

  /** Takes a loss or fee that may exceed what is available, down to zero (no negative balances). */
  void debitUpTo(String ccy, BigDecimal amount) {
    Funds f = funds(ccy);
    f.available = f.available.subtract(amount.min(f.available));
  }

  void set(String ccy, BigDecimal available) {
    funds(ccy).available = available;
  }

  /** Every currency the account has touched (zero amounts included), in currency order. */
  List<Balance> balances() {
    return byCurrency.entrySet().stream().map(e -> e.getValue().toBalance(e.getKey())).toList();
  }

  /** A currency's funds, created at zero on first use (so it shows in {@link #balances} from then on). */
  private Funds funds(String ccy) {
    return byCurrency.computeIfAbsent(ccy, c -> new Funds());
  }

  private static void requireCovered(BigDecimal available, BigDecimal amount, String ccy) {
    if (available.compareTo(amount) < 0) {
      throw new IllegalStateException("not enough " + ccy + ": " + available + " < " + amount);
    }
  }

  /** One currency: {@code frozen} is what open orders hold ({@code orderFrozen}) plus position margin. */
  private static final class Funds {
    BigDecimal available = BigDecimal.ZERO;
    BigDecimal frozen = BigDecimal.ZERO;
    BigDecimal orderFrozen = BigDecimal.ZERO;

    BigDecimal marginFrozen() {
      return frozen.subtract(orderFrozen);
    }

    Balance toBalance(String ccy) {
      return new Balance(ccy, available, frozen, orderFrozen);
    }
  }
}
