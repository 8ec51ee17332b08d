package dev.okxtestkit.endpoints;

import dev.okxtestkit.exchange.AlgoView;
import dev.okxtestkit.exchange.AttachedTpSl;
import dev.okxtestkit.exchange.Fill;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.PublicTrade;
import dev.okxtestkit.market.Side;
import dev.okxtestkit.market.Ticker;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OKX's JSON rows for the simulator's values: numbers as strings, {@code ""} where not applicable. */
final class Rows {

  private Rows() {}

  static String num(BigDecimal value) {
    if (value == null) {
      return "";
    }
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A trade of the public tape, as {@code market/trades} lists it and the {@code trades} channel pushes it. */
  static Map<String, Object> trade(String instId, PublicTrade t) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("instId", instId);
    row.put("tradeId", t.tradeId());
    row.put("px", num(t.px()));
    row.put("sz", num(t.sz()));
    row.put("side", t.side().wire());
    row.put("source", "0");
    row.put("count", "1");
    row.put("ts", Long.toString(t.ts()));
    return row;
  }

  static Map<String, Object> order(OrderView o) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("instType", o.instType());
    row.put("instId", o.instId());
    row.put("ordId", o.ordId());
    row.put("clOrdId", o.clOrdId());
    row.put("tag", o.tag());
    row.put("px", num(o.px()));
    row.put("pxUsd", "");
    row.put("pxVol", "");
    row.put("pxType", "");
    row.put("sz", num(o.sz()));
    row.put("ordType", o.ordType().wire());
    row.put("side", o.side().wire());
    row.put("posSide", o.posSide().wire());
    row.put("tdMode", o.tdMode().wire());
    row.put("tgtCcy", o.tgtCcy() == null ? "" : o.tgtCcy().wire());
    row.put("ccy", "");
    row.put("accFillSz", num(o.accFillSz()));
    row.put("fillPx", num(o.fillPx()));
    row.put("fillSz", num(o.fillSz()));
    row.put("fillTime", o.fillTime() == 0 ? "" : Long.toString(o.fillTime()));
    row.put("tradeId", o.tradeId());
    row.put("avgPx", num(o.avgPx()));
    row.put("state", o.state().okxName());
    row.put("lever", o.instType().equals("SPOT") ? "" : Integer.toString(o.lever()));
    row.put("fee", num(o.fee()));
    row.put("feeCcy", o.feeCcy());
    row.put("rebate", "0");
    row.put("rebateCcy", o.feeCcy());
    row.put("pnl", "0");
    row.put("source", "");
    row.put("category", "normal");
    row.put("reduceOnly", "false");
    row.put("isTpLimit", "false");
    row.put("stpMode", "cancel_maker");
    row.put("stpId", "");
    row.put("quickMgnType", "");
    row.put("attachAlgoClOrdId", o.attached() == null ? "" : o.attached().attachAlgoClOrdId());
    row.put("attachAlgoOrds", o.attached() == null ? List.of() : List.of(attached(o.attached())));
    row.put("linkedAlgoOrd", Map.of("algoId", o.linkedAlgoId()));
    row.put("tpTriggerPx", "");
    row.put("tpTriggerPxType", "");
    row.put("tpOrdPx", "");
    row.put("slTriggerPx", "");
    row.put("slTriggerPxType", "");
    row.put("slOrdPx", "");
    row.put("algoClOrdId", o.algoClOrdId());
    row.put("algoId", o.algoId());
    row.put("cancelSource", "");
    row.put("cancelSourceReason", "");
    row.put("tradeQuoteCcy", o.instType().equals("SPOT") ? o.instId().substring(o.instId().indexOf('-') + 1) : "");
    row.put("cTime", Long.toString(o.cTime()));
    row.put("uTime", Long.toString(o.uTime()));
    return row;
  }

  private static Map<String, Object> attached(AttachedTpSl a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("attachAlgoId", a.attachAlgoId());
    row.put("attachAlgoClOrdId", a.attachAlgoClOrdId());
    row.put("tpOrdKind", "condition");
    row.put("tpTriggerPx", num(a.tpTriggerPx()));
    row.put("tpTriggerPxType", a.tpTriggerPx() == null ? "" : a.tpTriggerPxType().wire());
    row.put("tpOrdPx", a.tpTriggerPx() == null ? "" : num(a.tpOrdPx()));
    row.put("slTriggerPx", num(a.slTriggerPx()));
    row.put("slTriggerPxType", a.slTriggerPx() == null ? "" : a.slTriggerPxType().wire());
    row.put("slOrdPx", a.slTriggerPx() == null ? "" : num(a.slOrdPx()));
    row.put("sz", "");
    row.put("amendPxOnTriggerType", "0");
    row.put("failCode", "");
    row.put("failReason", "");
    return row;
  }

  /** An algo order as OKX lists it; prices not set are {@code ""}. */
  static Map<String, Object> algo(AlgoView a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("instType", a.instType());
    row.put("instId", a.instId());
    row.put("ordId", a.ordId());
    row.put("ordIdList", a.ordId().isEmpty() ? List.of() : List.of(a.ordId()));
    row.put("algoId", a.algoId());
    row.put("clOrdId", "");
    row.put("sz", a.closesPosition() ? "" : num(a.sz()));
    row.put("closeFraction", a.closesPosition() ? "1" : "");
    row.put("ordType", a.ordType().wire());
    row.put("side", a.side().wire());
    row.put("posSide", a.posSide().wire());
    row.put("tdMode", a.tdMode().wire());
    row.put("tgtCcy", a.tgtCcy() == null ? "" : a.tgtCcy().wire());
    row.put("state", a.state().wire());
    row.put("lever", "");
    row.put("tpTriggerPx", num(a.tpTriggerPx()));
    row.put("tpTriggerPxType", a.tpTriggerPx() == null ? "" : a.tpTriggerPxType().wire());
    row.put("tpOrdPx", num(a.tpOrdPx()));
    row.put("slTriggerPx", num(a.slTriggerPx()));
    row.put("slTriggerPxType", a.slTriggerPx() == null ? "" : a.slTriggerPxType().wire());
    row.put("slOrdPx", num(a.slOrdPx()));
    row.put("triggerPx", num(a.triggerPx()));
    row.put("triggerPxType", a.triggerPx() == null ? "" : a.triggerPxType().wire());
    row.put("ordPx", a.triggerPx() == null ? "" : num(a.ordPx()));
    row.put("actualSz", num(a.actualSz()));
    row.put("actualPx", num(a.actualPx()));
    row.put("actualSide", a.actualSide());
    row.put("triggerTime", a.triggerTime() == 0 ? "" : Long.toString(a.triggerTime()));
    row.put("callbackRatio", num(a.callbackRatio()));
    row.put("callbackSpread", num(a.callbackSpread()));
    row.put("activePx", num(a.activePx()));
    row.put("moveTriggerPx", num(a.moveTriggerPx()));
    row.put("reduceOnly", Boolean.toString(a.reduceOnly()));
    row.put("tag", a.tag());
    row.put("algoClOrdId", a.algoClOrdId());
    row.put("failCode", a.failCode());
    row.put("pxVar", "");
    row.put("pxSpread", "");
    row.put("pxLimit", "");
    row.put("szLimit", "");
    row.put("timeInterval", "");
    row.put("quickMgnType", "");
    row.put("last", "");
    row.put("amendPxOnTriggerType", "0");
    row.put("attachAlgoOrds", List.of());
    row.put("linkedOrd", Map.of("ordId", ""));
    row.put("isTradeBorrowMode", "");
    row.put("cTime", Long.toString(a.cTime()));
    row.put("uTime", Long.toString(a.uTime()));
    return row;
  }

  static Map<String, Object> fill(Fill f) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("instType", f.instType());
    row.put("instId", f.instId());
    row.put("tradeId", f.tradeId());
    row.put("ordId", f.ordId());
    row.put("clOrdId", f.clOrdId());
    row.put("billId", f.billId());
    row.put("subType", f.side() == Side.BUY ? "1" : "2");
    row.put("tag", f.tag());
    row.put("fillPx", num(f.fillPx()));
    row.put("fillSz", num(f.fillSz()));
    row.put("fillIdxPx", "");
    row.put("fillPnl", num(f.fillPnl()));
    row.put("fillPxVol", "");
    row.put("fillPxUsd", "");
    row.put("fillMarkVol", "");
    row.put("fillFwdPx", "");
    row.put("fillMarkPx", "");
    row.put("side", f.side().wire());
    row.put("posSide", f.posSide().wire());
    row.put("execType", f.execType());
    row.put("feeCcy", f.feeCcy());
    row.put("fee", num(f.fee()));
    row.put("feeRate", num(f.feeRate()));
    row.put("fillTime", Long.toString(f.ts()));
    row.put("ts", Long.toString(f.ts()));
    row.put("tradeQuoteCcy", f.instType().equals("SPOT") ? f.instId().substring(f.instId().indexOf('-') + 1) : "");
    return row;
  }

  static Map<String, Object> instrument(Instrument i, long instIdCode) {
    boolean spot = i.isSpot();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("instType", i.instType());
    row.put("instId", i.instId());
    row.put("uly", spot ? "" : i.instFamily());
    row.put("instFamily", spot ? "" : i.instFamily());
    row.put("baseCcy", i.baseCcy());
    row.put("quoteCcy", i.quoteCcy());
    row.put("settleCcy", i.settleCcy());
    row.put("ctVal", spot ? "" : num(i.ctVal()));
    row.put("ctMult", spot ? "" : "1");
    row.put("ctValCcy", i.ctValCcy());
    row.put("ctType", spot ? "" : "linear");
    row.put("optType", "");
    row.put("stk", "");
    row.put("listTime", "1606468572000");
    row.put("expTime", i.expTime() == 0 ? "" : Long.toString(i.expTime()));
    row.put("lever", i.lever());
    row.put("tickSz", num(i.tickSz()));
    row.put("lotSz", num(i.lotSz()));
    row.put("minSz", num(i.minSz()));
    row.put("maxLmtSz", "9999999999");
    row.put("maxMktSz", spot ? "1000000" : "10000");
    row.put("maxLmtAmt", "20000000");
    row.put("maxMktAmt", "1000000");
    row.put("maxTwapSz", "9999999999");
    row.put("maxIcebergSz", "9999999999");
    row.put("maxTriggerSz", "9999999999");
    row.put("maxStopSz", spot ? "1000000" : "10000");
    row.put("state", i.state());
    row.put("ruleType", "normal");
    row.put("openType", "");
    row.put("contTdSwTime", "");
    row.put("preMktSwTime", "");
    row.put("auctionEndTime", "");
    row.put("category", "1");
    row.put("groupId", "1");
    row.put("alias", i.alias());
    row.put("futureSettlement", false);
    row.put("tradeQuoteCcyList", spot ? List.of(i.quoteCcy()) : List.of());
    row.put("instIdCode", instIdCode);
    row.put("instCategory", "1");
    row.put("upcChg", List.of());
    return row;
  }

  static Map<String, Object> ticker(Instrument i, Ticker t, List<dev.okxtestkit.market.BookLevel> bids,
      List<dev.okxtestkit.market.BookLevel> asks, long ts) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("instType", i.instType());
    row.put("instId", i.instId());
    row.put("last", num(t.last()));
    row.put("lastSz", num(t.lastSz()));
    row.put("askPx", asks.isEmpty() ? "" : num(asks.get(0).price()));
    row.put("askSz", asks.isEmpty() ? "" : num(asks.get(0).size()));
    row.put("bidPx", bids.isEmpty() ? "" : num(bids.get(0).price()));
    row.put("bidSz", bids.isEmpty() ? "" : num(bids.get(0).size()));
    row.put("open24h", num(t.open24h()));
    row.put("high24h", num(t.high24h()));
    row.put("low24h", num(t.low24h()));
    row.put("volCcy24h", num(i.isSpot() ? t.volCcy24h() : t.vol24h().multiply(i.ctVal())));
    row.put("vol24h", num(t.vol24h()));
    row.put("sodUtc0", num(t.open24h()));
    row.put("sodUtc8", num(t.open24h()));
    row.put("ts", Long.toString(ts));
    return row;
  }
}
