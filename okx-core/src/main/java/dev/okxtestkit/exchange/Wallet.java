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

  private final Map<String, BigDecimal[]> byCurrency = new TreeMap<>(); // [available, frozen, ordFrozen]

  Wallet(Map<String, BigDecimal> initial) {
    initial.forEach((ccy, amount) -> slot(ccy)[0] = amount);
  }

  BigDecimal available(String ccy) {
    return slot(ccy)[0];
  }

  /** Moves {@code amount} from available to frozen for an open order. */
  void freezeForOrder(String ccy, BigDecimal amount) {
    BigDecimal[] s = slot(ccy);
    requireCovered(s[0], amount, ccy);
    s[0] = s[0].subtract(amount);
    s[1] = s[1].add(amount);
    s[2] = s[2].add(amount);
  }

  /** Gives back what an order held. */
  void releaseFromOrder(String ccy, BigDecimal amount) {
    BigDecimal[] s = slot(ccy);
    BigDecimal released = amount.min(s[2]);
    s[2] = s[2].subtract(released);
    s[1] = s[1].subtract(released);
    s[0] = s[0].add(released);
  }

  /** Moves order-held funds to position margin (still frozen, no longer for an order). */
  void orderToMargin(String ccy, BigDecimal amount) {
    BigDecimal[] s = slot(ccy);
    BigDecimal moved = amount.min(s[2]);
    s[2] = s[2].subtract(moved);
  }

  /** Gives back position margin. */
  void releaseMargin(String ccy, BigDecimal amount) {
    BigDecimal[] s = slot(ccy);
    BigDecimal marginHeld = s[1].subtract(s[2]);
    BigDecimal released = amount.min(marginHeld);
    s[1] = s[1].subtract(released);
    s[0] = s[0].add(released);
  }

  void credit(String ccy, BigDecimal amount) {
    BigDecimal[] s = slot(ccy);
    s[0] = s[0].add(amount);
  }

  /** Takes from available; the caller made sure it is there (e.g. by releasing an order's hold). */
  void debit(String ccy, BigDecimal amount) {
    BigDecimal[] s = slot(ccy);
    requireCovered(s[0], amount, ccy);
    s[0] = s[0].subtract(amount);
  }

  /** Takes a loss or fee that may exceed what is available, down to zero (no negative balances). */
  void debitUpTo(String ccy, BigDecimal amount) {
    BigDecimal[] s = slot(ccy);
    s[0] = s[0].subtract(amount.min(s[0]));
  }

  void set(String ccy, BigDecimal available) {
    slot(ccy)[0] = available;
  }

  List<Balance> balances() {
    return byCurrency.entrySet().stream()
        .map(e -> new Balance(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }

  private BigDecimal[] slot(String ccy) {
    return byCurrency.computeIfAbsent(ccy, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
  }

  private static void requireCovered(BigDecimal available, BigDecimal amount, String ccy) {
    if (available.compareTo(amount) < 0) {
      throw new IllegalStateException("not enough " + ccy + ": " + available + " < " + amount);
    }
  }
}
