package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.exchange.SettingError;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.protocol.OkxError;
import dev.okxtestkit.protocol.OkxErrors;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The funding account: {@code asset/balances} (empty until something is transferred in; demo funds sit in
 * the trading account), {@code asset/transfer} between it and the trading account, and
 * {@code asset/currencies}. Withdrawals and deposit addresses answer as OKX's demo trading does: not
 * available there (https://www.okx.com/docs-v5/en/#overview-demo-trading-services).
 */
final class AssetEndpoints {

  /** OKX's answer to the endpoints demo trading does not offer. */
  static final OkxError NOT_IN_DEMO = new OkxError(
      "50038", "This feature is temporarily unavailable in demo trading", 200, OkxError.Shape.ENVELOPE);

  private final AtomicLong transferIds = new AtomicLong(100_000_000);
  private final Exchange exchange;

  AssetEndpoints(Exchange exchange) {
    this.exchange = exchange;
  }

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
    Set<String> wanted = Set.copyOf(java.util.Arrays.asList(call.params().getOrEmpty("ccy").split(",")));
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    exchange.fundingBalances(call.apiKey()).entrySet().stream()
        .filter(e -> e.getValue().signum() > 0 && (wanted.contains("") || wanted.contains(e.getKey())))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("availBal", Rows.num(e.getValue()));
          row.put("bal", Rows.num(e.getValue()));
          row.put("ccy", e.getKey());
          row.put("frozenBal", "0");
          rows.add(row);
        });
    return Envelope.ok(rows);
  }

  /** {@code asset/transfer} between the funding ({@code 6}) and trading ({@code 18}) accounts of the key. */
  ApiResponse transfer(EndpointCall call) {
    Params p = call.params();
    if (!p.get("type").orElse("0").equals("0")) {
      return OkxErrors.parameterError("type").toResponse(); // sub-account transfers: no sub-accounts here
    }
    String ccy = p.getOrEmpty("ccy");
    BigDecimal amt = p.decimal("amt").orElseThrow();
    String from = p.getOrEmpty("from");
    String to = p.getOrEmpty("to");
    Optional<SettingError> refused = exchange.transfer(call.apiKey(), ccy, amt, from, to);
    if (refused.isPresent()) {
      int status = refused.get().code().equals("51000") ? 400 : 200;
      return new OkxError(refused.get().code(), refused.get().message(), status, OkxError.Shape.ENVELOPE)
          .toResponse();
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("transId", Long.toString(transferIds.incrementAndGet()));
    row.put("ccy", ccy);
    row.put("clientId", p.getOrEmpty("clientId"));
    row.put("from", from);
    row.put("amt", Rows.num(amt));
    row.put("to", to);
    return Envelope.ok(List.of(row));
  }

  /** {@code asset/withdrawal} and {@code asset/deposit-address}: not offered in demo trading. */
  ApiResponse notInDemo(EndpointCall call) {
    return NOT_IN_DEMO.toResponse();
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
