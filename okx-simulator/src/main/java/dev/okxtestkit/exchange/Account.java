package dev.okxtestkit.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The trading account of one API key. Thread-safe: every method locks the account. */
public final class Account {

  private final Map<String, Balance> balances = new TreeMap<>();
  private Instant updated;

  Account(Map<String, BigDecimal> initial, Instant now) {
    initial.forEach((ccy, amount) -> balances.put(ccy, new Balance(ccy, amount, BigDecimal.ZERO)));
    updated = now;
  }

  /** Balances by currency, in currency order. */
  public synchronized List<Balance> balances() {
    return List.copyOf(balances.values());
  }

  public synchronized Instant updated() {
    return updated;
  }

  /** Sets the available amount of a currency (frozen amounts stay). */
  public synchronized void setAvailable(String currency, BigDecimal amount, Instant now) {
    Balance old = balances.get(currency);
    balances.put(currency, new Balance(currency, amount, old == null ? BigDecimal.ZERO : old.frozen()));
    updated = now;
  }
}
