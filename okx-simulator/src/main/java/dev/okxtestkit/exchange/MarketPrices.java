package dev.okxtestkit.exchange;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** USD prices of currencies, for the USD equity fields of balances. Thread-safe. */
public final class MarketPrices {

  /** Deterministic starting prices, so balance figures are the same in every run. */
  public static final Map<String, BigDecimal> DEFAULT_USD_PRICES = Map.of(
      "USDT", BigDecimal.ONE,
      "USDC", BigDecimal.ONE,
      "BTC", new BigDecimal("43000"),
      "ETH", new BigDecimal("2300"),
      "OKB", new BigDecimal("50"));

  private final Map<String, BigDecimal> usd = new ConcurrentHashMap<>(DEFAULT_USD_PRICES);

  /** The USD price, zero for a currency without one. */
  public BigDecimal usdPrice(String currency) {
    return usd.getOrDefault(currency, BigDecimal.ZERO);
  }

  public void setUsdPrice(String currency, BigDecimal price) {
    usd.put(currency, price);
  }
}
