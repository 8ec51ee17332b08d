package dev.okxtestkit.endpoints;

import dev.okxtestkit.exchange.Account;
import dev.okxtestkit.exchange.Accounts;
import dev.okxtestkit.exchange.Balance;
import dev.okxtestkit.exchange.MarketPrices;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.protocol.OkxErrors;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GET /api/v5/account/balance: the caller's trading account as a spot-mode (acctLv 1) account; fields
 * that depend on margin modes are {@code ""}, as OKX sends them for such an account.
 */
public final class AccountBalanceEndpoint implements EndpointHandler {

  static final int MAX_CURRENCIES = 20;

  private static final List<String> EMPTY_DETAIL_FIELDS = List.of(
      "availEq", "borrowFroz", "crossLiab", "disEq", "fixedBal", "frpType", "imr", "interest", "isoEq",
      "isoLiab", "isoUpl", "liab", "maxLoan", "mgnRatio", "mmr", "notionalLever", "twap", "upl", "uplLiab",
      "clSpotInUseAmt", "maxSpotInUse", "spotInUseAmt", "spotIsoBal", "smtSyncEq", "spotCopyTradingEq",
      "accAvgPx", "openAvgPx", "spotUpl", "spotUplRatio", "totalPnl", "totalPnlRatio", "colRes",
      "colBorrAutoConversion");
  private static final List<String> EMPTY_TOP_FIELDS = List.of(
      "adjEq", "availEq", "borrowFroz", "imr", "mgnRatio", "mmr", "notionalUsd", "notionalUsdForBorrow",
      "notionalUsdForFutures", "notionalUsdForOption", "notionalUsdForSwap", "ordFroz", "upl", "delta",
      "deltaLever");

  private final Accounts accounts;
  private final MarketPrices prices;

  public AccountBalanceEndpoint(Accounts accounts, MarketPrices prices) {
    this.accounts = accounts;
    this.prices = prices;
  }

  public static Endpoint endpoint(Accounts accounts, MarketPrices prices) {
    return new Endpoint("GET", "/api/v5/account/balance", Permission.READ_ONLY,
        new AccountBalanceEndpoint(accounts, prices));
  }

  @Override
  public ApiResponse handle(ApiRequest request, OkxCredentials caller) {
    Set<String> wanted = currencies(request);
    if (wanted.size() > MAX_CURRENCIES) {
      return OkxErrors.parameterError("ccy").toResponse();
    }
    Account account = accounts.of(caller.apiKey());
    String uTime = Long.toString(account.updated().toEpochMilli());
    List<Map<String, Object>> details = new ArrayList<>();
    BigDecimal totalEq = BigDecimal.ZERO;
    for (Balance balance : account.balances()) {
      boolean listed = wanted.isEmpty() || wanted.contains(balance.currency());
      if (!listed || balance.total().signum() == 0) {
        continue; // OKX omits currencies whose cashBal and eq are both 0
      }
      BigDecimal eqUsd = balance.total().multiply(prices.usdPrice(balance.currency()));
      totalEq = totalEq.add(eqUsd);
      details.add(detail(balance, eqUsd, uTime));
    }
    Map<String, Object> row = new LinkedHashMap<>();
    EMPTY_TOP_FIELDS.forEach(f -> row.put(f, ""));
    row.put("deltaNeutralStatus", "0");
    row.put("isoEq", "0");
    row.put("totalEq", Numbers.okx(totalEq));
    row.put("uTime", uTime);
    row.put("details", details);
    return Envelope.ok(List.of(row));
  }

  private static Map<String, Object> detail(Balance balance, BigDecimal eqUsd, String uTime) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("ccy", balance.currency());
    d.put("eq", Numbers.okx(balance.total()));
    d.put("cashBal", Numbers.okx(balance.total()));
    d.put("availBal", Numbers.okx(balance.available()));
    d.put("frozenBal", Numbers.okx(balance.frozen()));
    d.put("ordFrozen", Numbers.okx(balance.frozen()));
    d.put("eqUsd", Numbers.okx(eqUsd));
    d.put("spotBal", Numbers.okx(balance.total()));
    d.put("stgyEq", "0");
    d.put("rewardBal", "0");
    d.put("autoLendStatus", "unsupported");
    d.put("autoLendMtAmt", "0");
    d.put("collateralEnabled", false);
    d.put("uTime", uTime);
    EMPTY_DETAIL_FIELDS.forEach(f -> d.put(f, ""));
    return d;
  }

  /** The {@code ccy} filter: one currency or a comma list, raw or percent-encoded. */
  private static Set<String> currencies(ApiRequest request) {
    Set<String> result = new LinkedHashSet<>();
    for (String ccy : request.queryParameter("ccy").orElse("").split(",")) {
      if (!ccy.isBlank()) {
        result.add(ccy.trim());
      }
    }
    return result;
  }
}
