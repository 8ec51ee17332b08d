package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.market.Candle;
import dev.okxtestkit.market.FundingPayment;
import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Market;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.protocol.OkxErrors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The market data derivatives traders read (https://www.okx.com/docs-v5/en/#public-data-rest-api):
 * {@code public/funding-rate}, {@code funding-rate-history}, {@code mark-price}, {@code position-tiers},
 * {@code market/index-tickers} and the mark-price and index candles. freqtrade's futures mode does not
 * start without position tiers, and reads funding history and mark candles to account for funding.
 */
final class DerivativesMarketEndpoints {

  /** OKX: funding every 8 hours for the simulated swaps. */
  static final long FUNDING_INTERVAL = Duration.ofHours(8).toMillis();
  private static final int MAX_FUNDING_ROWS = 400;
  private static final int DEFAULT_FUNDING_ROWS = 100;
  private static final int MAX_CANDLES = 100;
  /** OKX caps a swap's funding rate at ±0.375 % per period for the majors. */
  private static final String MAX_FUNDING_RATE = "0.00375";
  /** Leverage tiers: the maximum leverage of each tier, the first being the instrument's maximum. */
  private static final int[] TIER_LEVERS = {100, 75, 50, 20, 10, 5};

  private final Exchange exchange;
  private final Clock clock;

  DerivativesMarketEndpoints(Exchange exchange, Clock clock) {
    this.exchange = exchange;
    this.clock = clock;
  }

  ApiResponse fundingRate(EndpointCall call) {
    String instId = call.params().getOrEmpty("instId");
    long next = exchange.nextFundingTime();
    Optional<Map<String, Object>> row = exchange.readMarket(m -> m.fundingRate(instId).map(rate -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("formulaType", "withRate");
      r.put("fundingRate", Rows.num(rate));
      r.put("fundingTime", Long.toString(next));
      r.put("impactValue", "");
      r.put("instId", instId);
      r.put("instType", "SWAP");
      r.put("interestRate", "0.0001");
      r.put("maxFundingRate", MAX_FUNDING_RATE);
      r.put("method", "current_period");
      r.put("minFundingRate", "-" + MAX_FUNDING_RATE);
      r.put("nextFundingRate", "");
      r.put("nextFundingTime", Long.toString(next + FUNDING_INTERVAL));
      r.put("premium", "0");
      r.put("settFundingRate", Rows.num(rate));
      r.put("settState", "settled");
      r.put("ts", Long.toString(clock.millis()));
      return r;
    }));
    return row.map(r -> Envelope.ok(List.of(r))).orElseGet(MarketEndpoints.UNKNOWN_INSTRUMENT::toResponse);
  }

  /** Newest first; {@code after} pages to older settlements, {@code before} to newer ones (epoch ms). */
  ApiResponse fundingRateHistory(EndpointCall call) {
    Params p = call.params();
    long limit = Long.parseLong(p.get("limit").orElse(Integer.toString(DEFAULT_FUNDING_ROWS)));
    if (limit < 1 || limit > MAX_FUNDING_ROWS) {
      return OkxErrors.parameterError("limit").toResponse();
    }
    String instId = p.getOrEmpty("instId");
    long next = exchange.nextFundingTime();
    long olderThan = Math.min(p.get("after").map(Long::parseLong).orElse(next), next);
    long newerThan = p.get("before").map(Long::parseLong).orElse(Long.MIN_VALUE);
    Optional<List<FundingPayment>> history = exchange.readMarket(m -> m.fundingRate(instId)
        .map(rate -> m.fundingHistory(instId, olderThan, FUNDING_INTERVAL, (int) limit)));
    if (history.isEmpty()) {
      return MarketEndpoints.UNKNOWN_INSTRUMENT.toResponse();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FundingPayment payment : history.get()) {
      if (payment.fundingTime() > newerThan) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("formulaType", "withRate");
        r.put("fundingRate", Rows.num(payment.rate()));
        r.put("fundingTime", Long.toString(payment.fundingTime()));
        r.put("instId", instId);
        r.put("instType", "SWAP");
        r.put("method", "current_period");
        r.put("realizedRate", Rows.num(payment.rate()));
        rows.add(r);
      }
    }
    return Envelope.ok(rows);
  }

  ApiResponse markPrice(EndpointCall call) {
    Params p = call.params();
    String instType = p.getOrEmpty("instType");
    long now = clock.millis();
    return Envelope.ok(exchange.readMarket(m -> m.instruments().stream()
        .filter(i -> i.instType().equals(instType))
        .filter(i -> p.get("instId").map(i.instId()::equals).orElse(true))
        .filter(i -> p.get("instFamily").or(() -> p.get("uly")).map(i.instFamily()::equals).orElse(true))
        .map(i -> {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("instType", i.instType());
          r.put("instId", i.instId());
          r.put("markPx", Rows.num(m.markPrice(i.instId())));
          r.put("ts", Long.toString(now));
          return r;
        }).toList()));
  }

  /** {@code instId} (one or more indices) or {@code quoteCcy}: OKX needs one of them. */
  ApiResponse indexTickers(EndpointCall call) {
    Params p = call.params();
    Optional<String> instId = p.get("instId");
    Optional<String> quoteCcy = p.get("quoteCcy");
    if (instId.isEmpty() && quoteCcy.isEmpty()) {
      return OkxErrors.parameterEmpty("instId").toResponse();
    }
    long now = clock.millis();
    return Envelope.ok(exchange.readMarket(m -> m.indices().stream()
        .filter(index -> instId.map(index::equals).orElse(true))
        .filter(index -> quoteCcy.map(q -> index.endsWith("-" + q)).orElse(true))
        .map(index -> {
          BigDecimal px = m.indexPrice(index).orElseThrow();
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("instId", index);
          r.put("idxPx", Rows.num(px));
          r.put("high24h", Rows.num(px));
          r.put("sodUtc0", Rows.num(px));
          r.put("open24h", Rows.num(px));
          r.put("low24h", Rows.num(px));
          r.put("sodUtc8", Rows.num(px));
          r.put("ts", Long.toString(now));
          return r;
        }).toList()));
  }

  /**
   * Tiers of a derivatives family (SWAP, FUTURES; {@code instFamily} required) or a margin pair:
   * synthetic, each tier a wider size band at a lower maximum leverage and a higher maintenance rate.
   */
  ApiResponse positionTiers(EndpointCall call) {
    Params p = call.params();
    String instType = p.getOrEmpty("instType");
    Optional<String> family = p.get("instFamily").or(() -> p.get("uly"));
    if (!instType.equals("MARGIN") && family.isEmpty()) {
      return OkxErrors.parameterEmpty("instFamily").toResponse();
    }
    Optional<Instrument> inst = exchange.readMarket(m -> m.instruments().stream()
        .filter(i -> i.instType().equals(instType))
        .filter(i -> family.map(i.instFamily()::equals).orElse(true))
        .filter(i -> p.get("instId").map(i.instId()::equals).orElse(true))
        .findFirst());
    if (inst.isEmpty()) {
      return Envelope.ok(List.of());
    }
    int maxLever = Integer.parseInt(inst.get().lever());
    List<Map<String, Object>> rows = new ArrayList<>();
    BigDecimal band = inst.get().isSpot() ? new BigDecimal("50") : new BigDecimal("5000");
    int tier = 1;
    for (int lever : TIER_LEVERS) {
      if (lever > maxLever) {
        continue;
      }
      BigDecimal min = band.multiply(BigDecimal.valueOf(tier - 1L));
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("baseMaxLoan", "");
      r.put("imr", Rows.num(BigDecimal.ONE.divide(BigDecimal.valueOf(lever), 8, java.math.RoundingMode.HALF_UP)));
      r.put("instFamily", inst.get().instFamily());
      r.put("instId", inst.get().isSpot() ? inst.get().instId() : "");
      r.put("maxLever", Integer.toString(lever));
      r.put("maxSz", Rows.num(band.multiply(BigDecimal.valueOf(tier))));
      r.put("minSz", Rows.num(min));
      r.put("mmr", Rows.num(new BigDecimal("0.004").multiply(BigDecimal.valueOf(tier))));
      r.put("optMgnFactor", "0");
      r.put("quoteMaxLoan", "");
      r.put("tier", Integer.toString(tier));
      r.put("uly", inst.get().instFamily());
      if (p.get("tier").map(Integer.toString(tier)::equals).orElse(true)) {
        rows.add(r);
      }
      tier++;
    }
    return Envelope.ok(rows);
  }

  ApiResponse markPriceCandles(EndpointCall call) {
    String instId = call.params().getOrEmpty("instId");
    return candles(call, m -> m.instrument(instId).filter(i -> !i.isSpot() || i.instType().equals("SPOT"))
        .map(i -> new Anchor(i.instId(), m.markPrice(i.instId()))));
  }

  ApiResponse indexCandles(EndpointCall call) {
    String index = call.params().getOrEmpty("instId");
    return candles(call, m -> m.indexPrice(index).map(px -> new Anchor(index, px)));
  }

  /** OKX's candles without volume: {@code [ts, o, h, l, c, confirm]}, newest first. */
  private ApiResponse candles(EndpointCall call, java.util.function.Function<Market, Optional<Anchor>> anchorOf) {
    Params p = call.params();
    long requested = Long.parseLong(p.get("limit").orElse(Integer.toString(MAX_CANDLES)));
    if (requested < 1 || requested > MAX_CANDLES) {
      return OkxErrors.parameterError("limit").toResponse();
    }
    Duration bar = BarSizes.duration(p.get("bar").orElse("1m"));
    long now = clock.millis();
    long end = Math.min(p.get("after").map(Long::parseLong).orElse(Long.MAX_VALUE / 2), now + bar.toMillis());
    long begin = p.get("before").map(Long::parseLong).orElse(Long.MIN_VALUE);
    Optional<List<Candle>> candles = exchange.readMarket(m -> anchorOf.apply(m)
        .map(a -> m.candles(a.id(), a.price(), bar, now, end, (int) requested)));
    if (candles.isEmpty()) {
      return MarketEndpoints.UNKNOWN_INSTRUMENT.toResponse();
    }
    List<List<String>> rows = new ArrayList<>();
    for (Candle c : candles.get()) {
      if (c.ts() > begin) {
        rows.add(List.of(Long.toString(c.ts()), Rows.num(c.open()), Rows.num(c.high()), Rows.num(c.low()),
            Rows.num(c.close()), c.confirmed() ? "1" : "0"));
      }
    }
    return Envelope.ok(rows);
  }

  /** What a candle series walks around: an instrument's mark or an index's price. */
  private record Anchor(String id, BigDecimal price) {}
}
