package dev.okxtestkit.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The simulated market: instruments, their books, last prices and statistics. Deterministic: the same
 * seed and the same moves give the same market. Not thread-safe; the exchange serializes access.
 */
public final class Market {

  /** Levels generated on each side of a synthetic book. */
  static final int SYNTHETIC_DEPTH = 25;
  /** Users' trades kept per instrument for {@code market/trades} (OKX serves up to 500). */
  static final int MAX_TRADES = 500;
  /** A swap's funding rate until the control API sets another: 0.01 % per period, OKX's usual rate. */
  public static final BigDecimal DEFAULT_FUNDING_RATE = new BigDecimal("0.0001");
  private static final long FIRST_CODE = 10_001;
  static final int MAX_FUNDING_HISTORY = 400;
  /** Each generated level holds about this much quote currency, so realistic orders fill at once. */
  private static final BigDecimal LEVEL_NOTIONAL = new BigDecimal("25000");

  private final Map<String, Instrument> instruments = new LinkedHashMap<>();
  private final Map<String, OrderBook> books = new LinkedHashMap<>();
  private final Map<String, Ticker> tickers = new LinkedHashMap<>();
  private final Map<String, java.util.Deque<PublicTrade>> trades = new LinkedHashMap<>();
  /** Mark prices the control API set apart from the last price; others follow the last price. */
  private final Map<String, BigDecimal> markOverrides = new LinkedHashMap<>();
  /** Current funding rates of perpetual swaps. */
  private final Map<String, BigDecimal> fundingRates = new LinkedHashMap<>();
  /**
   * OKX's {@code instIdCode} of each instrument id, the number clients send in place of {@code instId}
   * on WebSocket trading ops: assigned in listing order, so the same in every run.
   */
  private final Map<String, Long> codes = new LinkedHashMap<>();
  /** Settled funding per swap, newest first, at most {@link #MAX_FUNDING_HISTORY}. */
  private final Map<String, java.util.Deque<FundingPayment>> fundingHistory = new LinkedHashMap<>();
  private final long seed;

  public Market(List<Instrument> listed, Map<String, BigDecimal> prices, long seed) {
    this.seed = seed;
    for (Instrument instrument : listed) {
      instruments.put(instrument.instId() + "/" + instrument.instType(), instrument);
      // A dated future starts at its underlying's price.
      BigDecimal price = prices.getOrDefault(instrument.instId(),
          prices.getOrDefault(instrument.instFamily(), BigDecimal.ONE));
      books.computeIfAbsent(instrument.instId(), id -> new OrderBook(List.of(), List.of(), 0));
      tickers.computeIfAbsent(instrument.instId(), id -> Ticker.opening(price, volume(id)));
      regenerate(instrument.instId(), price);
      codes.computeIfAbsent(instrument.instId(), id -> FIRST_CODE + codes.size());
      if (instrument.instType().equals("SWAP")) {
        fundingRates.put(instrument.instId(), DEFAULT_FUNDING_RATE);
      }
    }
  }

  /** The instrument traded under {@code instId} (the SPOT one when MARGIN shares its id). */
  public Optional<Instrument> instrument(String instId) {
    Instrument spot = instruments.get(instId + "/SPOT");
    if (spot != null) {
      return Optional.of(spot);
    }
    return instruments.values().stream().filter(i -> i.instId().equals(instId)).findFirst();
  }

  /** The instrument id's {@code instIdCode}. */
  public long instIdCode(String instId) {
    return codes.getOrDefault(instId, 0L);
  }

  /** The instrument id an {@code instIdCode} stands for; empty for an unknown code. */
  public Optional<String> instId(long instIdCode) {
    return codes.entrySet().stream().filter(e -> e.getValue() == instIdCode).map(Map.Entry::getKey).findFirst();
  }

  public Collection<Instrument> instruments() {
    return List.copyOf(instruments.values());
  }

  /** Changes an instrument's state, e.g. to {@code suspend}, for every type listed under its id. */
  public void setState(String instId, String state) {
    instruments.replaceAll((k, i) -> i.instId().equals(instId) ? i.withState(state) : i);
  }

  public OrderBook book(String instId) {
    return books.get(instId);
  }

  public Ticker ticker(String instId) {
    return tickers.get(instId);
  }

  /** Moves the last price (and a derivative's mark price) and rebuilds a synthetic book around it. */
  public void setPrice(String instId, BigDecimal price) {
    regenerate(instId, price);
    tickers.computeIfPresent(instId, (id, t) -> t.movedTo(price, BigDecimal.ZERO));
    markOverrides.remove(instId);
  }

  /**
   * The mark price, which OKX uses for margin, unrealized profit, funding and triggers. OKX derives it
   * from the index; with no other traders here it follows the last price, unless a test set it apart.
   */
  public BigDecimal markPrice(String instId) {
    BigDecimal mark = markOverrides.get(instId);
    return mark != null ? mark : tickers.get(instId).last();
  }

  /**
   * Sets the mark price apart from the last price (which stays, as does the book) until the next
   * {@link #setPrice}: what a test does to move unrealized profit or trigger a stop.
   */
  public void setMarkPrice(String instId, BigDecimal price) {
    if (tickers.containsKey(instId)) {
      markOverrides.put(instId, price);
    }
  }

  /**
   * The price of an index such as {@code BTC-USDT}: the spot pair's last price when it is listed, else
   * the mark of a derivative of that family; empty for an unknown index.
   */
  public Optional<BigDecimal> indexPrice(String index) {
    Optional<Instrument> spot = instrument(index).filter(Instrument::isSpot);
    if (spot.isPresent()) {
      return Optional.of(tickers.get(index).last());
    }
    return instruments.values().stream().filter(i -> i.instFamily().equals(index)).findFirst()
        .map(i -> markPrice(i.instId()));
  }

  /** The indices there are prices for: every spot pair and every derivatives family, in listing order. */
  public List<String> indices() {
    java.util.Set<String> all = new java.util.LinkedHashSet<>();
    for (Instrument i : instruments.values()) {
      all.add(i.isSpot() ? i.instId() : i.instFamily());
    }
    return List.copyOf(all);
  }

  /** The swap's current funding rate; empty for instruments without funding. */
  public Optional<BigDecimal> fundingRate(String instId) {
    return Optional.ofNullable(fundingRates.get(instId));
  }

  public void setFundingRate(String instId, BigDecimal rate) {
    fundingRates.computeIfPresent(instId, (id, old) -> rate);
  }

  /** Records a settlement at the swap's current rate. */
  public void recordFunding(String instId, long fundingTime) {
    java.util.Deque<FundingPayment> history =
        fundingHistory.computeIfAbsent(instId, id -> new java.util.ArrayDeque<>());
    history.addFirst(new FundingPayment(instId, fundingRates.get(instId), fundingTime));
    if (history.size() > MAX_FUNDING_HISTORY) {
      history.removeLast();
    }
  }

  /**
   * The swap's settlements before {@code beforeTime} (exclusive), newest first, {@code limit} of them:
   * those the simulator settled, then, for a simulator younger than the period asked for, earlier
   * periods at the current rate, so clients that read funding history on start find some.
   */
  public List<FundingPayment> fundingHistory(String instId, long beforeTime, long interval, int limit) {
    List<FundingPayment> result = new ArrayList<>();
    long oldest = Long.MAX_VALUE;
    for (FundingPayment p : fundingHistory.getOrDefault(instId, new java.util.ArrayDeque<>())) {
      oldest = p.fundingTime();
      if (p.fundingTime() < beforeTime && result.size() < limit) {
        result.add(p);
      }
    }
    long t = Math.min(oldest, Math.floorDiv(beforeTime - 1, interval) * interval + interval);
    while (result.size() < limit) {
      t -= interval;
      if (t < beforeTime) {
        result.add(new FundingPayment(instId, fundingRates.get(instId), t));
      }
    }
    return result;
  }

  /** Replaces the book with exactly these levels; the last price stays. */
  public void setBook(String instId, List<BookLevel> bids, List<BookLevel> asks) {
    books.get(instId).replace(bids, asks);
  }

  /**
   * Records a user's trade in the statistics and the public trade list, under the {@code tradeId} its fills
   * carry (OKX's public trade and the account's fill share it); returns it as the list has it.
   */
  public PublicTrade recordTrade(String instId, String tradeId, BigDecimal price, BigDecimal size, Side takerSide,
      long now) {
    tickers.computeIfPresent(instId, (id, t) -> t.movedTo(price, size));
    java.util.Deque<PublicTrade> recent = trades.computeIfAbsent(instId, id -> new java.util.ArrayDeque<>());
    PublicTrade trade = new PublicTrade(tradeId, price, size, takerSide, now);
    recent.addFirst(trade);
    if (recent.size() > MAX_TRADES) {
      recent.removeLast();
    }
    return trade;
  }

  /**
   * The newest trades, newest first: users' trades, then (for a quiet market) deterministic trades
   * around the last price, one a second before {@code nowMillis}.
   */
  public List<PublicTrade> trades(String instId, long nowMillis, int limit) {
    List<PublicTrade> result = new ArrayList<>(trades.getOrDefault(instId, new java.util.ArrayDeque<>()));
    Instrument instrument = instrument(instId).orElseThrow();
    BigDecimal last = tickers.get(instId).last();
    long ts = result.isEmpty() ? nowMillis : result.get(result.size() - 1).ts();
    for (int i = 1; result.size() < limit; i++) {
      long t = (ts / 1000 - i) * 1000;
      SplittableRandom r = new SplittableRandom(seed ^ instId.hashCode() ^ t);
      BigDecimal px = price(last, 1 + (r.nextDouble() - 0.5) * 0.001, instrument);
      BigDecimal sz = scale(instrument.minSz().multiply(BigDecimal.valueOf(1 + r.nextInt(100))), instrument.lotSz());
      result.add(new PublicTrade(Long.toString(Math.abs(t / 1000)), px, sz, r.nextBoolean() ? Side.BUY : Side.SELL, t));
    }
    return result.subList(0, limit);
  }

  /** Consumes liquidity a user's order took. */
  public void consume(String instId, Side takerSide, BigDecimal price, BigDecimal size) {
    books.get(instId).consume(takerSide, price, size);
  }

  public List<BookLevel> takeable(String instId, Side takerSide, BigDecimal limit) {
    return books.get(instId).takeable(takerSide, limit);
  }

  /**
   * Deterministic bars ending at the current price: {@code limit} bars of {@code bar}, newest first,
   * starting before {@code before} (exclusive, epoch ms).
   */
  public List<Candle> candles(String instId, Duration bar, long nowMillis, long endExclusive, int limit) {
    return candles(instId, tickers.get(instId).last(), bar, nowMillis, endExclusive, limit);
  }

  /**
   * The same bars around another price: a mark price, or an index ({@code id} an instrument or a
   * derivatives family, whose first instrument gives the tick size).
   */
  public List<Candle> candles(String id, BigDecimal last, Duration bar, long nowMillis, long endExclusive,
      int limit) {
    Instrument instrument = instrument(id).orElseGet(() -> instruments.values().stream()
        .filter(i -> i.instFamily().equals(id)).findFirst().orElseThrow());
    long barMillis = bar.toMillis();
    long currentStart = Math.floorDiv(nowMillis, barMillis) * barMillis;
    long newestStart = Math.min(currentStart, Math.floorDiv(endExclusive - 1, barMillis) * barMillis);
    List<Candle> result = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      long start = newestStart - i * barMillis;
      double open = walk(id, start, currentStart, barMillis);
      double close = start == currentStart ? 1.0 : walk(id, start + barMillis, currentStart, barMillis);
      SplittableRandom r = new SplittableRandom(seed ^ id.hashCode() ^ start);
      double high = Math.max(open, close) * (1 + r.nextDouble() * 0.002);
      double low = Math.min(open, close) * (1 - r.nextDouble() * 0.002);
      BigDecimal vol = scale(BigDecimal.valueOf(1 + r.nextDouble() * 50), instrument.lotSz());
      result.add(new Candle(start, price(last, open, instrument), price(last, high, instrument),
          price(last, low, instrument), price(last, close, instrument), vol,
          vol.multiply(last).setScale(2, RoundingMode.HALF_UP), start != currentStart));
    }
    return result;
  }

  /** Price at {@code t} relative to now (1.0): a seeded random walk, the same on every call. */
  private double walk(String instId, long t, long now, long barMillis) {
    double factor = 1.0;
    for (long s = t; s < now; s += barMillis) {
      SplittableRandom r = new SplittableRandom(seed ^ (instId.hashCode() * 31L) ^ s);
      factor *= 1 + (r.nextDouble() - 0.5) * 0.004;
      if ((s - t) / barMillis > 400) {
        break; // far history: the walk does not need to be exact, only stable
      }
    }
    return factor;
  }

  private static BigDecimal price(BigDecimal last, double factor, Instrument instrument) {
    return scale(last.multiply(BigDecimal.valueOf(factor)), instrument.tickSz());
  }

  private static BigDecimal scale(BigDecimal value, BigDecimal increment) {
    return value.divide(increment, 0, RoundingMode.HALF_UP).multiply(increment).stripTrailingZeros();
  }

  private void regenerate(String instId, BigDecimal price) {
    Instrument instrument = instrument(instId).orElseThrow();
    BigDecimal step = instrument.tickSz().max(scale(price.multiply(new BigDecimal("0.0001")), instrument.tickSz()));
    BigDecimal unit = instrument.isSpot() ? price : price.multiply(instrument.ctVal());
    BigDecimal baseSize = scale(LEVEL_NOTIONAL.divide(unit, 12, RoundingMode.HALF_UP), instrument.lotSz())
        .max(instrument.minSz());
    List<BookLevel> bids = new ArrayList<>();
    List<BookLevel> asks = new ArrayList<>();
    for (int i = 1; i <= SYNTHETIC_DEPTH; i++) {
      BigDecimal size = scale(baseSize.multiply(BigDecimal.valueOf(1 + (i - 1) * 0.25)), instrument.lotSz());
      BigDecimal bid = price.subtract(step.multiply(BigDecimal.valueOf(i)));
      if (bid.signum() > 0) {
        bids.add(new BookLevel(bid, size, 1 + i % 4));
      }
      asks.add(new BookLevel(price.add(step.multiply(BigDecimal.valueOf(i))), size, 1 + i % 3));
    }
    books.get(instId).replace(bids, asks);
  }

  private BigDecimal volume(String instId) {
    return BigDecimal.valueOf(1000 + new SplittableRandom(seed ^ instId.hashCode()).nextInt(9000));
  }
}
