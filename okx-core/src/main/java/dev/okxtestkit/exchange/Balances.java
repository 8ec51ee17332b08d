package dev.okxtestkit.exchange;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starting balances written as {@code CCY=AMOUNT} ({@code USDT=1000}), as the standalone jar's
 * {@code --balance}, {@code OKX_BALANCES} and {@code @OkxSimulator(balances = ...)} take them: one parser,
 * so every entry point accepts the same text.
 */
public final class Balances {

  private Balances() {}

  /**
   * Amounts by currency (upper case), in the order given.
   *
   * @throws IllegalArgumentException with a one-line message naming the entry, for a malformed entry, a
   *     negative amount or a currency given twice
   */
  public static Map<String, BigDecimal> parse(List<String> entries) {
    Map<String, BigDecimal> balances = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      String currency = eq < 0 ? "" : entry.substring(0, eq).trim().toUpperCase(Locale.ROOT);
      if (currency.isEmpty()) {
        throw new IllegalArgumentException("a balance must look like USDT=10000, not '" + entry.trim() + "'");
      }
      String text = entry.substring(eq + 1).trim();
      BigDecimal amount = amount(text);
      if (amount == null || amount.signum() < 0) {
        throw new IllegalArgumentException(
            "the amount of " + currency + " must be a non-negative number, not '" + text + "'");
      }
      if (balances.put(currency, amount) != null) {
        throw new IllegalArgumentException("balances name " + currency + " twice");
      }
    }
    return Collections.unmodifiableMap(balances);
  }

  private static BigDecimal amount(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
