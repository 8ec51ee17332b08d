package dev.okxtestkit.exchange;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One isolated trading account per API key, created on first use and funded like a fresh OKX
 * demo-trading account (or with the balances configured for that key). Thread-safe.
 */
public final class Accounts {

  /** What a new account holds unless configured otherwise. */
  public static final Map<String, BigDecimal> DEFAULT_BALANCES =
      Map.of("USDT", new BigDecimal("10000"), "BTC", BigDecimal.ONE, "ETH", BigDecimal.TEN);

  private final ConcurrentMap<String, Account> byApiKey = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Map<String, BigDecimal>> initialByApiKey = new ConcurrentHashMap<>();
  private final Map<String, BigDecimal> defaults;
  private final Clock clock;

  public Accounts(Map<String, BigDecimal> defaults, Clock clock) {
    this.defaults = Map.copyOf(defaults);
    this.clock = clock;
  }

  /** The key's account, created and funded on first use. */
  public Account of(String apiKey) {
    return byApiKey.computeIfAbsent(
        apiKey, k -> new Account(initialByApiKey.getOrDefault(k, defaults), clock.instant()));
  }

  /** The balances the key's account starts with; takes effect for a new or {@linkplain #reset} account. */
  public void setInitialBalances(String apiKey, Map<String, BigDecimal> balances) {
    initialByApiKey.put(apiKey, Map.copyOf(balances));
  }

  /** Puts the key's account back to its initial balances. */
  public void reset(String apiKey) {
    byApiKey.remove(apiKey);
  }
}
