package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.market.Candle;
import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Market;
import dev.okxtestkit.market.OrderBook;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.protocol.OkxError;
import dev.okxtestkit.protocol.OkxErrors;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code market/ticker}, {@code tickers}, {@code books}, {@code candles}, {@code history-candles}. */
final class MarketEndpoints {

  /** OKX: "Instrument ID ... doesn't exist." answered with HTTP 200 and empty data. */
  static final OkxError UNKNOWN_INSTRUMENT = new OkxError(
      "51001", "Instrument ID, Instrument ID code or Spread ID doesn't exist.", 200, OkxError.Shape.ENVELOPE);
  private static final int MAX_BOOK_DEPTH = 400;
  private static final int MAX_FULL_BOOK_DEPTH = 5_000;
  private static final int MAX_CANDLES = 300;
  private static final int DEFAULT_CANDLES = 100;
  private static final int MAX_TRADES = 500;

  private final Exchange exchange;
  private final Clock clock;

  MarketEndpoints(Exchange exchange, Clock clock) {
    this.exchange = exchange;
    this.clock = clock;
  }

  ApiResponse ticker(EndpointCall call) {
    String instId = call.params().getOrEmpty("instId");
    Optional<Map<String, Object>> row = exchange.readMarket(m -> m.instrument(instId).map(i -> tickerRow(m, i)));
    return row.map(r -> Envelope.ok(List.of(r))).orElseGet(UNKNOWN_INSTRUMENT::toResponse);
  }

  ApiResponse tickers(EndpointCall call) {
    Params p = call.params();
    String instType = p.getOrEmpty("instType");
    return Envelope.ok(exchange.readMarket(m -> m.instruments().stream()
        .filter(i -> i.instType().equals(instType) && !i.state().equals(Instrument.EXPIRED))
        .filter(i -> p.get("instFamily").or(() -> p.get("uly")).map(i.instFamily()::equals).orElse(true))
        .map(i -> tickerRow(m, i))
        .toList()));
  }

  private Map<String, Object> tickerRow(Market m, Instrument i) {
    OrderBook book = m.book(i.instId());
    return Rows.ticker(i, m.ticker(i.instId()), book.bids(1), book.asks(1), clock.millis());
  }

  ApiResponse books(EndpointCall call) {
    return books(call, MAX_BOOK_DEPTH);
  }

  /** {@code market/books-full}: the same book, up to 5,000 levels a side (OKX: books-full). */
  ApiResponse booksFull(EndpointCall call) {
    return books(call, MAX_FULL_BOOK_DEPTH);
  }

  private ApiResponse books(EndpointCall call, int maxDepth) {
    Params p = call.params();
    long requested = Long.parseLong(p.get("sz").orElse("1"));
    if (requested < 1 || requested > maxDepth) {
      return new OkxError("51000", "Parameter sz error", 200, OkxError.Shape.ENVELOPE).toResponse();
    }
    int depth = (int) requested;
    String instId = p.getOrEmpty("instId");
    Optional<Map<String, Object>> row = exchange.readMarket(m -> m.instrument(instId).map(i -> {
      OrderBook book = m.book(instId);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("asks", levels(book.asks(depth)));
      r.put("bids", levels(book.bids(depth)));
      r.put("ts", Long.toString(clock.millis()));
      r.put("seqId", book.seqId());
      return r;
    }));
    return row.map(r -> Envelope.ok(List.of(r))).orElseGet(UNKNOWN_INSTRUMENT::toResponse);
  }

  private static List<List<String>> levels(List<BookLevel> levels) {
    List<List<String>> rows = new ArrayList<>();
    for (BookLevel l : levels) {
      rows.add(List.of(Rows.num(l.price()), Rows.num(l.size()), "0", Integer.toString(l.orders())));
    }
    return rows;
  }

  ApiResponse trades(EndpointCall call) {
    Params p = call.params();
    long requested = Long.parseLong(p.get("limit").orElse("100"));
    if (requested < 1 || requested > MAX_TRADES) {
      return OkxErrors.parameterError("limit").toResponse();
    }
    int limit = (int) requested;
    String instId = p.getOrEmpty("instId");
    Optional<List<dev.okxtestkit.market.PublicTrade>> trades =
        exchange.readMarket(m -> m.instrument(instId).map(i -> m.trades(instId, clock.millis(), limit)));
    if (trades.isEmpty()) {
      return UNKNOWN_INSTRUMENT.toResponse();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (dev.okxtestkit.market.PublicTrade t : trades.get()) {
      rows.add(Rows.trade(instId, t));
    }
    return Envelope.ok(rows);
  }

  ApiResponse candles(EndpointCall call) {
    Params p = call.params();
    long requested = Long.parseLong(p.get("limit").orElse(Integer.toString(DEFAULT_CANDLES)));
    if (requested > MAX_CANDLES) {
      return OkxErrors.parameterError("limit").toResponse();
    }
    int limit = (int) requested;
    String instId = p.getOrEmpty("instId");
    Duration bar = BarSizes.duration(p.get("bar").orElse("1m"));
    long now = clock.millis();
    long end = p.get("after").map(Long::parseLong).orElse(Long.MAX_VALUE / 2);
    long begin = p.get("before").map(Long::parseLong).orElse(Long.MIN_VALUE);
    Optional<List<Candle>> candles = exchange.readMarket(m -> m.instrument(instId)
        .map(i -> m.candles(instId, bar, now, Math.min(end, now + bar.toMillis()), Math.max(limit, 1))));
    if (candles.isEmpty()) {
      return UNKNOWN_INSTRUMENT.toResponse();
    }
    List<List<String>> rows = new ArrayList<>();
    for (Candle c : candles.get()) {
      if (c.ts() > begin) {
        rows.add(List.of(Long.toString(c.ts()), Rows.num(c.open()), Rows.num(c.high()), Rows.num(c.low()),
            Rows.num(c.close()), Rows.num(c.vol()), Rows.num(c.volCcy()), Rows.num(c.volCcy()),
            c.confirmed() ? "1" : "0"));
      }
    }
    return Envelope.ok(rows);
  }
}
