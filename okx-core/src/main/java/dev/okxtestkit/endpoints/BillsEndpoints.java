package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.exchange.Bill;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.protocol.OkxErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code account/bills} and {@code bills-archive}: every change of the trading account's balances, from
 * trades, fees, funding and transfers (ccxt's fetchLedger and fetchFundingHistory, freqtrade's live
 * futures). See https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-7-days.
 */
final class BillsEndpoints {

  private final Exchange exchange;

  BillsEndpoints(Exchange exchange) {
    this.exchange = exchange;
  }

  ApiResponse bills(EndpointCall call) {
    Params p = call.params();
    Optional<Integer> limit = Paging.limit(p);
    if (limit.isEmpty()) {
      return OkxErrors.parameterError("limit").toResponse();
    }
    List<Bill> rows = exchange.bills(call.apiKey()).stream()
        .filter(b -> p.get("instType").map(b.instType()::equals).orElse(true))
        .filter(b -> p.get("instId").map(b.instId()::equals).orElse(true))
        .filter(b -> p.get("ccy").map(b.ccy()::equals).orElse(true))
        .filter(b -> p.get("mgnMode").map(b.mgnMode()::equals).orElse(true))
        .filter(b -> p.get("type").map(Integer.toString(b.kind().type())::equals).orElse(true))
        .filter(b -> p.get("subType").map(Integer.toString(b.kind().subType())::equals).orElse(true))
        .filter(b -> p.get("begin").map(t -> b.ts() >= Long.parseLong(t)).orElse(true))
        .filter(b -> p.get("end").map(t -> b.ts() <= Long.parseLong(t)).orElse(true))
        .toList();
    return Envelope.ok(Paging.page(rows, p, b -> Long.parseLong(b.billId()), limit.get()).stream()
        .map(BillsEndpoints::row).toList());
  }

  private static Map<String, Object> row(Bill b) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("bal", Rows.num(b.bal()));
    row.put("balChg", Rows.num(b.balChg()));
    row.put("billId", b.billId());
    row.put("ccy", b.ccy());
    row.put("clOrdId", b.clOrdId());
    row.put("execType", b.execType());
    row.put("fee", Rows.num(b.fee()));
    row.put("fillFwdPx", "");
    row.put("fillIdxPx", "");
    row.put("fillMarkPx", "");
    row.put("fillMarkVol", "");
    row.put("fillPxUsd", "");
    row.put("fillPxVol", "");
    row.put("fillTime", b.tradeId().isEmpty() ? "" : Long.toString(b.ts()));
    row.put("from", "");
    row.put("instId", b.instId());
    row.put("instType", b.instType());
    row.put("interest", "0");
    row.put("mgnMode", b.mgnMode());
    row.put("notes", "");
    row.put("ordId", b.ordId());
    row.put("pnl", Rows.num(b.pnl()));
    row.put("posBal", "0");
    row.put("posBalChg", "0");
    row.put("px", Rows.num(b.px()));
    row.put("subType", Integer.toString(b.kind().subType()));
    row.put("sz", Rows.num(b.sz()));
    row.put("tag", "");
    row.put("to", "");
    row.put("tradeId", b.tradeId());
    row.put("ts", Long.toString(b.ts()));
    row.put("type", Integer.toString(b.kind().type()));
    return row;
  }
}
