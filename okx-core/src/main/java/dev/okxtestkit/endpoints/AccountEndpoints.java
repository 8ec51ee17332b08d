package dev.okxtestkit.endpoints;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.okxtestkit.exchange.AccountView;
import dev.okxtestkit.exchange.Balance;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.exchange.Position;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.protocol.Json;
import dev.okxtestkit.protocol.OkxErrors;
import dev.okxtestkit.signing.Permission;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code account/balance}, {@code config}, {@code positions}, {@code account-position-risk}. The account
 * is in OKX's "spot and futures" mode (acctLv 2, net position mode); fields of other modes are
 * {@code ""}, as OKX sends them for such an account.
 */
final class AccountEndpoints {

  static final int MAX_CURRENCIES = 20;

  private static final List<String> EMPTY_DETAIL_FIELDS = List.of(
      "availEq", "borrowFroz", "crossLiab", "disEq", "fixedBal", "frpType", "imr", "interest", "isoEq",
      "isoLiab", "isoUpl", "liab", "maxLoan", "mgnRatio", "mmr", "notionalLever", "twap", "uplLiab",
      "clSpotInUseAmt", "maxSpotInUse", "spotInUseAmt", "spotIsoBal", "smtSyncEq", "spotCopyTradingEq",
      "accAvgPx", "openAvgPx", "spotUpl", "spotUplRatio", "totalPnl", "totalPnlRatio", "colRes",
      "colBorrAutoConversion");
  private static final List<String> EMPTY_TOP_FIELDS = List.of(
      "adjEq", "availEq", "borrowFroz", "imr", "mgnRatio", "mmr", "notionalUsd", "notionalUsdForBorrow",
      "notionalUsdForFutures", "notionalUsdForOption", "notionalUsdForSwap", "ordFroz", "delta", "deltaLever");

  private final Exchange exchange;
  private final Clock clock;

  AccountEndpoints(Exchange exchange, Clock clock) {
    this.exchange = exchange;
    this.clock = clock;
  }

  ApiResponse balance(EndpointCall call) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String ccy : call.params().getOrEmpty("ccy").split(",")) {
      if (!ccy.isBlank()) {
        wanted.add(ccy.trim());
      }
    }
    if (wanted.size() > MAX_CURRENCIES) {
      return OkxErrors.parameterError("ccy").toResponse();
    }
    AccountView view = exchange.view(call.apiKey());
    String uTime = Long.toString(view.updated());
    Map<String, BigDecimal> upl = new LinkedHashMap<>();
    for (Position p : view.positions()) {
      upl.merge(p.ccy(), view.unrealized(p), BigDecimal::add);
    }
    List<Detail> details = new ArrayList<>();
    BigDecimal totalEq = BigDecimal.ZERO;
    BigDecimal totalUpl = BigDecimal.ZERO;
    for (Balance b : view.balances()) {
      BigDecimal ccyUpl = upl.getOrDefault(b.currency(), BigDecimal.ZERO);
      BigDecimal eq = b.total().add(ccyUpl);
      if ((!wanted.isEmpty() && !wanted.contains(b.currency())) || (b.total().signum() == 0 && eq.signum() == 0)) {
        continue; // OKX omits currencies whose cashBal and eq are both 0
      }
      BigDecimal usd = view.usdPrice(b.currency());
      BigDecimal eqUsd = eq.multiply(usd);
      totalEq = totalEq.add(eqUsd);
      totalUpl = totalUpl.add(ccyUpl.multiply(usd));
      details.add(new Detail(b, eq, ccyUpl, eqUsd));
    }
    String totalEqText = Rows.num(totalEq.setScale(8, RoundingMode.HALF_UP));
    String uplText = Rows.num(totalUpl);
    // Streamed, not built as maps: this is the endpoint clients poll most.
    return ApiResponse.json(200, Json.stream(g -> {
      g.writeStartObject();
      g.writeStringField("code", "0");
      g.writeStringField("msg", "");
      g.writeArrayFieldStart("data");
      g.writeStartObject();
      for (String f : EMPTY_TOP_FIELDS) {
        g.writeStringField(f, "");
      }
      g.writeStringField("deltaNeutralStatus", "0");
      g.writeStringField("isoEq", "0");
      g.writeStringField("upl", uplText);
      g.writeStringField("totalEq", totalEqText);
      g.writeStringField("uTime", uTime);
      g.writeArrayFieldStart("details");
      for (Detail d : details) {
        writeDetail(g, d, uTime);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }));
  }

  private static void writeDetail(JsonGenerator g, Detail d, String uTime) throws IOException {
    Balance b = d.balance();
    g.writeStartObject();
    g.writeStringField("ccy", b.currency());
    g.writeStringField("eq", Rows.num(d.eq()));
    g.writeStringField("cashBal", Rows.num(b.total()));
    g.writeStringField("availBal", Rows.num(b.available()));
    g.writeStringField("frozenBal", Rows.num(b.frozen()));
    g.writeStringField("ordFrozen", Rows.num(b.orderFrozen()));
    g.writeStringField("eqUsd", Rows.num(d.eqUsd().setScale(8, RoundingMode.HALF_UP)));
    g.writeStringField("upl", Rows.num(d.upl()));
    g.writeStringField("spotBal", Rows.num(b.total()));
    g.writeStringField("stgyEq", "0");
    g.writeStringField("rewardBal", "0");
    g.writeStringField("autoLendStatus", "unsupported");
    g.writeStringField("autoLendMtAmt", "0");
    g.writeBooleanField("collateralEnabled", false);
    g.writeStringField("uTime", uTime);
    for (String f : EMPTY_DETAIL_FIELDS) {
      g.writeStringField(f, "");
    }
    g.writeEndObject();
  }

  /** One currency's row of the balance: the balance and what positions add to it. */
  private record Detail(Balance balance, BigDecimal eq, BigDecimal upl, BigDecimal eqUsd) {}

  ApiResponse config(EndpointCall call) {
    Map<String, Object> row = new LinkedHashMap<>();
    String uid = Long.toString(Math.abs((long) call.apiKey().hashCode()) + 44_705_892_343_619_584L);
    row.put("uid", uid);
    row.put("mainUid", uid);
    row.put("acctLv", "2");
    row.put("acctStpMode", "cancel_maker");
    row.put("posMode", exchange.positionMode(call.apiKey()).wire());
    row.put("autoLoan", false);
    row.put("greeksType", "PA");
    row.put("feeType", "0");
    row.put("level", "Lv1");
    row.put("levelTmp", "");
    row.put("ctIsoMode", "automatic");
    row.put("mgnIsoMode", "automatic");
    row.put("stgyType", "0");
    row.put("roleType", "0");
    row.put("traderInsts", List.of());
    row.put("spotRoleType", "0");
    row.put("spotTraderInsts", List.of());
    row.put("opAuth", "0");
    row.put("kycLv", "2");
    row.put("label", "okx-testkit");
    row.put("ip", String.join(",", call.caller().allowedIps()));
    row.put("perm", Permission.okxList(call.caller().permissions()));
    row.put("liquidationGear", "-1");
    row.put("enableSpotBorrow", false);
    row.put("spotBorrowAutoRepay", false);
    row.put("type", "0");
    row.put("settleCcy", "USDT");
    row.put("settleCcyList", List.of("USD", "USDC", "USDG"));
    row.put("spotOffsetType", "");
    return Envelope.ok(List.of(row));
  }

  /** Lv1 rates, negative as OKX writes a fee charged. */
  ApiResponse tradeFee(EndpointCall call) {
    String instType = call.params().getOrEmpty("instType");
    boolean spot = instType.equals("SPOT") || instType.equals("MARGIN");
    String maker = spot ? "-0.0008" : "-0.0002";
    String taker = spot ? "-0.001" : "-0.0005";
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("instType", instType);
    row.put("level", "Lv1");
    row.put("maker", spot ? maker : "");
    row.put("taker", spot ? taker : "");
    row.put("makerU", spot ? "" : maker);
    row.put("takerU", spot ? "" : taker);
    row.put("makerUSDC", maker);
    row.put("takerUSDC", taker);
    row.put("ruleType", call.params().get("ruleType").orElse("normal"));
    row.put("delivery", "");
    row.put("exercise", "");
    row.put("category", "1");
    row.put("fiat", List.of());
    row.put("ts", Long.toString(clock.millis()));
    return Envelope.ok(List.of(row));
  }

  ApiResponse positions(EndpointCall call) {
    var p = call.params();
    Set<String> instIds = new LinkedHashSet<>(List.of(p.getOrEmpty("instId").split(",")));
    instIds.remove("");
    List<Map<String, Object>> rows = new ArrayList<>();
    AccountView view = exchange.view(call.apiKey());
    for (Position position : view.positions()) {
      if (p.get("instType").map(position.instType()::equals).orElse(true)
          && (instIds.isEmpty() || instIds.contains(position.instId()))
          && p.get("posId").map(ids -> List.of(ids.split(",")).contains(position.posId())).orElse(true)) {
        rows.add(positionRow(position, view));
      }
    }
    return Envelope.ok(rows);
  }

  ApiResponse positionRisk(EndpointCall call) {
    AccountView view = exchange.view(call.apiKey());
    List<Map<String, Object>> posData = new ArrayList<>();
    for (Position position : view.positions()) {
      if (call.params().get("instType").map(position.instType()::equals).orElse(true)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("instType", position.instType());
        row.put("mgnMode", position.mgnMode());
        row.put("posId", position.posId());
        row.put("instId", position.instId());
        row.put("pos", Rows.num(position.pos()));
        row.put("posSide", position.posSide().wire());
        row.put("posCcy", "");
        row.put("ccy", position.ccy());
        row.put("notionalCcy", Rows.num(notionalCcy(position, view)));
        row.put("notionalUsd", Rows.num(notional(position, view)));
        row.put("baseBal", "");
        row.put("quoteBal", "");
        posData.add(row);
      }
    }
    List<Map<String, Object>> balData = new ArrayList<>();
    BigDecimal adjEq = BigDecimal.ZERO;
    for (Balance b : view.balances()) {
      if (b.total().signum() != 0) {
        BigDecimal usd = b.total().multiply(view.usdPrice(b.currency()));
        balData.add(Map.of("ccy", b.currency(), "eq", Rows.num(b.total()), "disEq", Rows.num(usd)));
        adjEq = adjEq.add(usd);
      }
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("adjEq", Rows.num(adjEq));
    row.put("balData", balData);
    row.put("posData", posData);
    row.put("ts", Long.toString(clock.millis()));
    return Envelope.ok(List.of(row));
  }

  private static Map<String, Object> positionRow(Position p, AccountView view) {
    BigDecimal mark = view.markPrices().get(p.instId());
    BigDecimal upl = view.unrealized(p);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("instType", p.instType());
    row.put("instId", p.instId());
    row.put("posId", p.posId());
    row.put("mgnMode", p.mgnMode());
    row.put("posSide", p.posSide().wire());
    row.put("pos", Rows.num(p.pos()));
    row.put("posCcy", "");
    row.put("availPos", p.mgnMode().equals("isolated") ? Rows.num(p.pos().abs()) : "");
    row.put("ccy", p.ccy());
    row.put("lever", Integer.toString(p.lever()));
    row.put("avgPx", Rows.num(p.avgPx()));
    row.put("nonSettleAvgPx", Rows.num(p.avgPx()));
    row.put("markPx", Rows.num(mark));
    row.put("last", Rows.num(mark));
    row.put("idxPx", Rows.num(mark));
    row.put("usdPx", "");
    row.put("bePx", Rows.num(p.avgPx()));
    row.put("liqPx", "");
    row.put("upl", Rows.num(upl));
    row.put("uplRatio", p.margin().signum() == 0 ? "0" : Rows.num(upl.divide(p.margin(), 8, RoundingMode.HALF_UP)));
    row.put("uplLastPx", Rows.num(upl));
    row.put("uplRatioLastPx", row.get("uplRatio"));
    row.put("realizedPnl", Rows.num(p.realizedPnl().add(p.fee()).add(p.fundingFee())));
    row.put("pnl", Rows.num(p.realizedPnl()));
    row.put("fee", Rows.num(p.fee()));
    row.put("fundingFee", Rows.num(p.fundingFee()));
    row.put("liqPenalty", "0");
    row.put("settledPnl", "");
    row.put("imr", p.mgnMode().equals("cross") ? Rows.num(p.margin()) : "");
    row.put("margin", p.mgnMode().equals("isolated") ? Rows.num(p.margin()) : "");
    row.put("mmr", Rows.num(notional(p, view).multiply(new BigDecimal("0.004"))));
    row.put("mgnRatio", "");
    row.put("notionalUsd", Rows.num(notional(p, view)));
    row.put("adl", "1");
    row.put("liab", "");
    row.put("liabCcy", "");
    row.put("interest", "");
    row.put("tradeId", "");
    row.put("optVal", "");
    row.put("pendingCloseOrdLiabVal", "");
    row.put("closeOrderAlgo", List.of());
    row.put("bizRefId", "");
    row.put("bizRefType", "");
    row.put("cTime", Long.toString(p.cTime()));
    row.put("uTime", Long.toString(p.uTime()));
    return row;
  }

  private static BigDecimal notionalCcy(Position p, AccountView view) {
    return p.pos().abs().multiply(view.contractValues().get(p.instId()));
  }

  private static BigDecimal notional(Position p, AccountView view) {
    return notionalCcy(p, view).multiply(view.markPrices().get(p.instId()));
  }
}
