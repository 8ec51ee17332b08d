package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.exchange.AlgoResult;
import dev.okxtestkit.exchange.AlgoState;
import dev.okxtestkit.exchange.AlgoView;
import dev.okxtestkit.exchange.Exchange;
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
import java.util.function.Predicate;

/**
 * Algo trading (https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading): {@code trade/order-algo},
 * {@code cancel-algos}, {@code amend-algos}, {@code order-algo} (GET), {@code orders-algo-pending} and
 * {@code orders-algo-history}, as ccxt's stop orders and freqtrade's stop loss on exchange use them.
 */
final class AlgoEndpoints {

  private static final OkxError NOT_FOUND =
      new OkxError("51603", "Order does not exist", 200, OkxError.Shape.ENVELOPE);

  private final Exchange exchange;
  private final Clock clock;

  AlgoEndpoints(Exchange exchange, Clock clock) {
    this.exchange = exchange;
    this.clock = clock;
  }

  ApiResponse place(EndpointCall call) {
    return BatchWrite.run(call, clock, exchange::placeAlgo, AlgoResult::ok, (r, p) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("algoId", r.algoId());
      row.put("clOrdId", "");
      row.put("algoClOrdId", r.algoClOrdId());
      row.put("sCode", r.sCode());
      row.put("sMsg", r.sMsg());
      row.put("tag", r.tag());
      return row;
    });
  }

  ApiResponse cancel(EndpointCall call) {
    return BatchWrite.run(call, clock, exchange::cancelAlgo, AlgoResult::ok, (r, p) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("algoId", r.algoId());
      row.put("sCode", r.sCode());
      row.put("sMsg", r.sMsg());
      return row;
    });
  }

  ApiResponse amend(EndpointCall call) {
    return BatchWrite.run(call, clock, exchange::amendAlgo, AlgoResult::ok, (r, p) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("algoId", r.algoId());
      row.put("algoClOrdId", r.algoClOrdId());
      row.put("reqId", p.getOrEmpty("reqId"));
      row.put("sCode", r.sCode());
      row.put("sMsg", r.sMsg());
      return row;
    });
  }

  /** {@code GET trade/order-algo}: one algo order by {@code algoId} or {@code algoClOrdId}, in any state. */
  ApiResponse order(EndpointCall call) {
    Params p = call.params();
    if (p.get("algoId").isEmpty() && p.get("algoClOrdId").isEmpty()) {
      return OkxErrors.parameterEmpty("algoId").toResponse();
    }
    return exchange.algoOrders(call.apiKey()).stream()
        .filter(a -> p.get("algoId").map(a.algoId()::equals).orElse(true))
        .filter(a -> p.get("algoClOrdId").map(a.algoClOrdId()::equals).orElse(true))
        .findFirst()
        .map(a -> Envelope.ok(List.of(Rows.algo(a))))
        .orElseGet(NOT_FOUND::toResponse);
  }

  ApiResponse pending(EndpointCall call) {
    return list(call, a -> a.state() == AlgoState.LIVE);
  }

  /** OKX needs {@code state} or {@code algoId} here. */
  ApiResponse history(EndpointCall call) {
    Params p = call.params();
    if (p.get("state").isEmpty() && p.get("algoId").isEmpty()) {
      return OkxErrors.parameterEmpty("state").toResponse();
    }
    return list(call, a -> a.state() != AlgoState.LIVE
        && p.get("state").map(a.state().wire()::equals).orElse(true));
  }

  private ApiResponse list(EndpointCall call, Predicate<AlgoView> inState) {
    Params p = call.params();
    Optional<Integer> limit = Paging.limit(p);
    if (limit.isEmpty()) {
      return OkxErrors.parameterError("limit").toResponse();
    }
    Set<String> ordTypes = Set.copyOf(List.of(p.getOrEmpty("ordType").split(",")));
    List<AlgoView> rows = exchange.algoOrders(call.apiKey()).stream()
        .filter(inState)
        .filter(a -> ordTypes.contains(a.ordType().wire()))
        .filter(a -> p.get("algoId").map(a.algoId()::equals).orElse(true))
        .filter(a -> p.get("instType").map(a.instType()::equals).orElse(true))
        .filter(a -> p.get("instId").map(a.instId()::equals).orElse(true))
        .toList();
    return Envelope.ok(Paging.page(rows, p, a -> Long.parseLong(a.algoId()), limit.get()).stream()
        .map(Rows::algo).toList());
  }
}
