package dev.okxtestkit.endpoints;

import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code asset/balances} (the funding account, empty in demo trading: demo funds sit in the trading
 * account) and {@code asset/currencies}.
 */
final class AssetEndpoints {

  /** ccy, name, chain, minimum withdrawal, withdrawal fee, decimals. */
  private static final List<String[]> CURRENCIES = List.of(
      new String[] {"BTC", "Bitcoin", "BTC-Bitcoin", "0.0005", "0.00005", "8"},
      new String[] {"ETH", "Ethereum", "ETH-ERC20", "0.001", "0.0006", "8"},
      new String[] {"USDT", "Tether", "USDT-TRC20", "0.1", "1", "6"},
      new String[] {"USDT", "Tether", "USDT-ERC20", "2", "3", "6"},
      new String[] {"USDC", "USD Coin", "USDC-ERC20", "2", "3", "6"},
      new String[] {"OKB", "OKB", "OKB-X Layer", "0.01", "0.001", "8"},
      new String[] {"SOL", "Solana", "SOL-Solana", "0.01", "0.001", "8"});

  ApiResponse balances(EndpointCall call) {
    return Envelope.ok(List.of());
  }

  ApiResponse currencies(EndpointCall call) {
    // Set.copyOf, not Set.of: a client may repeat a currency (ccy=USDT,USDT), which Set.of refuses.
    Set<String> wanted = Set.copyOf(java.util.Arrays.asList(call.params().getOrEmpty("ccy").split(",")));
    return Envelope.ok(CURRENCIES.stream()
        .filter(c -> wanted.contains("") || wanted.contains(c[0]))
        .map(AssetEndpoints::row)
        .toList());
  }

  private static Map<String, Object> row(String[] c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("ccy", c[0]);
    row.put("name", c[1]);
    row.put("logoLink", "");
    row.put("chain", c[2]);
    row.put("ctAddr", "");
    row.put("canDep", true);
    row.put("canWd", true);
    row.put("canInternal", true);
    row.put("depEstOpenTime", "");
    row.put("wdEstOpenTime", "");
    row.put("minDep", c[3]);
    row.put("minWd", c[3]);
    row.put("minInternal", "0.0001");
    row.put("maxWd", "100000");
    row.put("wdTickSz", c[5]);
    row.put("wdQuota", "10000000");
    row.put("usedWdQuota", "0");
    row.put("fee", c[4]);
    row.put("minFee", c[4]);
    row.put("maxFee", c[4]);
    row.put("minFeeForCtAddr", c[4]);
    row.put("maxFeeForCtAddr", c[4]);
    row.put("burningFeeRate", "");
    row.put("mainNet", true);
    row.put("needTag", false);
    row.put("minDepArrivalConfirm", "2");
    row.put("minWdUnlockConfirm", "3");
    row.put("depQuotaFixed", "");
    row.put("usedDepQuotaFixed", "");
    row.put("depQuoteDailyLayer2", "");
    return row;
  }
}
