package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.exchange.Fill;
import dev.okxtestkit.exchange.ItemResult;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.protocol.OkxError;
import dev.okxtestkit.protocol.OkxErrors;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code trade/*} endpoints: writes answer per order, reads filter and page like OKX. */
final class TradeEndpoints {

  private static final OkxError ORDER_NOT_FOUND =
      new OkxError("51603", "Order does not exist", 200, OkxError.Shape.ENVELOPE);
  private static final OkxError IDS_REQUIRED =
      new OkxError("51003", "Either client order ID or order ID is required.", 200, OkxError.Shape.ENVELOPE);

  private final Exchange exchange;
  private final Clock clock;

  TradeEndpoints(Exchange exchange, Clock clock) {
    this.exchange = exchange;
    this.clock = clock;
  }

  ApiResponse place(EndpointCall call) {
    return BatchWrite.run(call, clock, exchange::place, ItemResult::ok, TradeEndpoints::placeRow);
  }

  ApiResponse cancel(EndpointCall call) {
    return BatchWrite.run(call, clock, exchange::cancel, ItemResult::ok, TradeEndpoints::cancelRow);
  }

  ApiResponse amend(EndpointCall call) {
    return BatchWrite.run(call, clock, exchange::amend, ItemResult::ok, (r, p) -> {
      Map<String, Object> row = cancelRow(r, p);
      row.put("reqId", p.getOrEmpty("reqId"));
      row.put("subCode", r.subCode());
      return row;
    });
  }

  private static Map<String, Object> placeRow(ItemResult r, Params p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("clOrdId", r.clOrdId());
    row.put("ordId", r.ordId());
    row.put("tag", r.tag());
    row.put("ts", Long.toString(r.ts()));
    row.put("sCode", r.sCode());
    row.put("sMsg", r.sMsg());
    row.put("subCode", r.subCode());
    return row;
  }

  private static Map<String, Object> cancelRow(ItemResult r, Params p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("clOrdId", r.clOrdId());
    row.put("ordId", r.ordId());
    row.put("ts", Long.toString(r.ts()));
    row.put("sCode", r.sCode());
    row.put("sMsg", r.sMsg());
    return row;
  }

  /** {@code trade/cancel-all-after}: {@code timeOut} 0 (off) or 10 to 120 seconds. */
  ApiResponse cancelAllAfter(EndpointCall call) {
    long timeOut = Long.parseLong(call.params().getOrEmpty("timeOut"));
    if (timeOut != 0 && (timeOut < 10 || timeOut > 120)) {
      return OkxErrors.parameterError("timeOut").toResponse();
    }
    long triggerTime = exchange.cancelAllAfter(call.apiKey(), (int) timeOut);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("triggerTime", triggerTime == 0 ? "0" : Long.toString(triggerTime));
    row.put("tag", call.params().getOrEmpty("tag"));
    row.put("ts", Long.toString(clock.millis()));
    return Envelope.ok(List.of(row));
  }

  /** {@code trade/mass-cancel}: options only on OKX; the simulator lists none, so there is nothing to cancel. */
  ApiResponse massCancel(EndpointCall call) {
    return Envelope.ok(List.of(Map.of("result", true)));
  }

  ApiResponse order(EndpointCall call) {
    Params p = call.params();
    if (p.get("ordId").isEmpty() && p.get("clOrdId").isEmpty()) {
      return IDS_REQUIRED.toResponse();
    }
    Optional<OrderView> order = exchange.order(call.apiKey(), p);
    return order.map(o -> Envelope.ok(List.of(Rows.order(o)))).orElseGet(ORDER_NOT_FOUND::toResponse);
  }

  ApiResponse pending(EndpointCall call) {
    return orders(call, exchange.pendingOrders(call.apiKey()));
  }

  ApiResponse history(EndpointCall call) {
    return orders(call, exchange.orders(call.apiKey()).stream().filter(o -> !o.state().isPending()).toList());
  }

  /** Filters and pages {@code newestFirst} as OKX does. */
  private ApiResponse orders(EndpointCall call, List<OrderView> newestFirst) {
    Params p = call.params();
    Optional<Integer> limit = Paging.limit(p);
    if (limit.isEmpty()) {
      return OkxErrors.parameterError("limit").toResponse();
    }
    // Set.copyOf, not Set.of: a client may repeat a value (ordType=limit,limit), which Set.of refuses.
    Set<String> ordTypes = Set.copyOf(java.util.Arrays.asList(p.getOrEmpty("ordType").split(",")));
    List<OrderView> rows = newestFirst.stream()
        .filter(o -> p.get("instType").map(o.instType()::equals).orElse(true))
        .filter(o -> p.get("instId").map(o.instId()::equals).orElse(true))
        .filter(o -> p.get("instFamily").map(f -> o.instId().startsWith(f + "-")).orElse(true))
        .filter(o -> ordTypes.contains("") || ordTypes.contains(o.ordType().wire()))
        .filter(o -> p.get("state").map(o.state().okxName()::equals).orElse(true))
        .filter(o -> p.get("begin").map(b -> o.cTime() >= Long.parseLong(b)).orElse(true))
        .filter(o -> p.get("end").map(e -> o.cTime() <= Long.parseLong(e)).orElse(true))
        .toList();
    return Envelope.ok(Paging.page(rows, p, o -> Long.parseLong(o.ordId()), limit.get()).stream()
        .map(Rows::order).toList());
  }

  ApiResponse fills(EndpointCall call) {
    Params p = call.params();
    Optional<Integer> limit = Paging.limit(p);
    if (limit.isEmpty()) {
      return OkxErrors.parameterError("limit").toResponse();
    }
    List<Fill> rows = exchange.fills(call.apiKey()).stream()
        .filter(f -> p.get("instType").map(f.instType()::equals).orElse(true))
        .filter(f -> p.get("instId").map(f.instId()::equals).orElse(true))
        .filter(f -> p.get("instFamily").map(fam -> f.instId().startsWith(fam + "-")).orElse(true))
        .filter(f -> p.get("ordId").map(f.ordId()::equals).orElse(true))
        .filter(f -> p.get("begin").map(b -> f.ts() >= Long.parseLong(b)).orElse(true))
        .filter(f -> p.get("end").map(e -> f.ts() <= Long.parseLong(e)).orElse(true))
        .toList();
    return Envelope.ok(Paging.page(rows, p, f -> Long.parseLong(f.billId()), limit.get()).stream()
        .map(Rows::fill).toList());
  }
}
