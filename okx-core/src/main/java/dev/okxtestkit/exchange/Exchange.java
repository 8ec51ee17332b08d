package dev.okxtestkit.exchange;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Market;
import dev.okxtestkit.market.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The stateful exchange: one isolated account per API key, trading against the simulated market.
 * Users' orders never match each other, so tests sharing a simulator cannot see each other.
 *
 * <p>Every method holds the exchange's lock: trades touch an account and the market together, and one
 * lock keeps "funds are conserved" and "frozen = what open orders hold" true under any concurrency,
 * at a cost of microseconds per request.
 */
public final class Exchange {

  /** OKX: at most 500 pending orders per instrument. */
  static final int MAX_PENDING_PER_INSTRUMENT = 500;

  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9]{1,32}");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9]{1,16}");

  private final Market market;
  private final Clock clock;
  private final Map<String, Account> accounts = new java.util.HashMap<>();
  private final Map<String, Map<String, BigDecimal>> initialByKey = new ConcurrentHashMap<>();
  private final Map<String, BigDecimal> defaultBalances;
  private final MatchingEngine engine;
  private final ChangeSet changes = new ChangeSet();
  private ExchangeEvents events = ExchangeEvents.NONE;
  private boolean publishing;
  private final AtomicLong ordIds = new AtomicLong(700_000_000_000_000_000L);
  private final Funding funding;
  private final Delivery delivery;
  private final AlgoBook algoBook;
  /** {@code cancel-all-after} deadlines by API key (epoch ms of the simulator clock). */
  private final Map<String, Long> cancelAllDeadlines = new java.util.HashMap<>();

  public Exchange(Market market, Map<String, BigDecimal> defaultBalances, Clock clock) {
    this.market = market;
    this.defaultBalances = Map.copyOf(defaultBalances);
    this.clock = clock;
    this.engine = new MatchingEngine(market, clock, changes);
    this.funding = new Funding(market, clock, engine::nextBillId);
    this.delivery = new Delivery(market, clock, engine::nextBillId);
    this.algoBook = new AlgoBook(market);
  }

  // ---- what changed

  /** Who hears what each operation changed (the WebSocket streams); one listener. */
  public synchronized void listen(ExchangeEvents listener) {
    this.events = listener;
  }

  /**
   * Tells the listener what the operation that is ending changed. The listener may read the exchange;
   * what such reads change is told on the next operation, not recursively.
   */
  private void publish() {
    if (publishing || changes.isEmpty()) {
      return;
    }
    Changes changed = changes.drain();
    if (events == ExchangeEvents.NONE) {
      return;
    }
    publishing = true;
    try {
      events.changed(changed);
    } finally {
      publishing = false;
    }
  }

  // ---- accounts

  public synchronized List<Balance> balances(String apiKey) {
    try {
      return account(apiKey).wallet.balances();
    } finally {
      publish();
    }
  }

  /**
   * Everything the balance endpoint needs, read under one lock: balances, open positions with their
   * mark prices, the last update, and the USD price of each currency held.
   */
  public synchronized AccountView view(String apiKey) {
    try {
      Account account = account(apiKey);
      List<Balance> balances = account.wallet.balances();
      Map<String, BigDecimal> usd = new java.util.HashMap<>();
      for (Balance b : balances) {
        usd.put(b.currency(), usdPrice(b.currency()));
      }
      Map<String, BigDecimal> marks = new java.util.HashMap<>();
      Map<String, BigDecimal> ctVals = new java.util.HashMap<>();
      List<Position> positions = positions(apiKey);
      for (Position p : positions) {
        marks.put(p.instId(), market.markPrice(p.instId()));
        ctVals.put(p.instId(), market.instrument(p.instId()).orElseThrow().ctVal());
      }
      return new AccountView(balances, positions, account.updated, usd, marks, ctVals);
    } finally {
      publish();
    }
  }

  /** USD value of one unit: stablecoins 1, others their USDT price, unknown 0. */
  private BigDecimal usdPrice(String ccy) {
    if (ccy.equals("USDT") || ccy.equals("USDC") || ccy.equals("USD")) {
      return BigDecimal.ONE;
    }
    return market.instrument(ccy + "-USDT").map(i -> market.ticker(i.instId()).last()).orElse(BigDecimal.ZERO);
  }


  /** Sets what the key's account has available in {@code ccy} (held amounts stay). */
  public synchronized void setBalance(String apiKey, String ccy, BigDecimal available) {
    try {
      Account account = account(apiKey);
      account.wallet.set(ccy, available);
      account.updated = clock.millis();
      account.touch();
    } finally {
      publish();
    }
  }

  /** The balances the key's account starts with; applies now if it has no open orders or positions. */
  public synchronized void setInitialBalances(String apiKey, Map<String, BigDecimal> balances) {
    try {
      initialByKey.put(apiKey, Map.copyOf(balances));
      accounts.remove(apiKey);
      changes.account(apiKey);
    } finally {
      publish();
    }
  }

  /** Back to the initial balances, with no orders, fills or positions. */
  public synchronized void resetAccount(String apiKey) {
    try {
      accounts.remove(apiKey);
      changes.account(apiKey);
    } finally {
      publish();
    }
  }

  /** Drops the key's account and its configured initial balances (a test's key that is done). */
  public synchronized void forget(String apiKey) {
    accounts.remove(apiKey);
    initialByKey.remove(apiKey);
  }

  public synchronized void resetAllAccounts() {
    try {
      accounts.clear();
    } finally {
      publish();
    }
  }

  // ---- market

  public synchronized <T> T readMarket(java.util.function.Function<Market, T> reader) {
    settleDue();
    return reader.apply(market);
  }

  /** When the next funding settlement of the swaps is due (epoch ms). */
  public synchronized long nextFundingTime() {
    funding.settleDue(accounts.values());
    return funding.next();
  }

  /** Moves the price (and the synthetic book around it); resting orders it crosses fill. */
  public synchronized void setPrice(String instId, BigDecimal price) {
    try {
      requireInstrument(instId);
      market.setPrice(instId, price);
      changes.market(instId);
      engine.matchResting(instId, accounts.values());
      triggerAlgos();
    } finally {
      publish();
    }
  }

  /** Sets the mark price apart from the last price, until the next {@link #setPrice}. */
  public synchronized void setMarkPrice(String instId, BigDecimal price) {
    try {
      requireInstrument(instId);
      market.setMarkPrice(instId, price);
      changes.market(instId);
      triggerAlgos();
    } finally {
      publish();
    }
  }

  /** The swap's funding rate from now on, paid at the next settlements. */
  public synchronized void setFundingRate(String instId, BigDecimal rate) {
    requireInstrument(instId);
    market.setFundingRate(instId, rate);
  }

  /** Replaces the book; resting orders it crosses fill. */
  public synchronized void setBook(String instId, List<BookLevel> bids, List<BookLevel> asks) {
    try {
      requireInstrument(instId);
      market.setBook(instId, bids, asks);
      changes.market(instId);
      engine.matchResting(instId, accounts.values());
      triggerAlgos();
    } finally {
      publish();
    }
  }

  public synchronized void setInstrumentState(String instId, String state) {
    requireInstrument(instId);
    market.setState(instId, state);
  }

  private void requireInstrument(String instId) {
    if (market.instrument(instId).isEmpty()) {
      throw new IllegalArgumentException("unknown instrument " + instId);
    }
  }

  // ---- orders

  /** Places one order (validated by the catalogue before): OKX's per-order answer. */
  public synchronized ItemResult place(String apiKey, Params p) {
    try {
      ItemResult result = place(apiKey, p, null);
      triggerAlgos();
      return result;
    } finally {
      publish();
    }
  }

  /** Places an order, directly or (with {@code origin}) for an algo order that triggered. */
  private ItemResult place(String apiKey, Params p, AlgoOrder origin) {
    long now = clock.millis();
    String clOrdId = p.getOrEmpty("clOrdId");
    String tag = p.getOrEmpty("tag");
    Optional<String> badId = checkIds(clOrdId, tag);
    if (badId.isPresent()) {
      return ItemResult.failed(clOrdId, tag, now, TradeError.PARAMETER_ERROR, badId.get());
    }
    Optional<Instrument> found = market.instrument(p.getOrEmpty("instId"));
    if (found.isEmpty()) {
      return ItemResult.failed(clOrdId, tag, now, TradeError.UNKNOWN_INSTRUMENT);
    }
    Instrument inst = found.get();
    if (inst.state().equals(Instrument.EXPIRED)) {
      return ItemResult.failed(clOrdId, tag, now, TradeError.UNKNOWN_INSTRUMENT); // delivered: gone from OKX
    }
    if (!inst.isLive()) {
      boolean preopen = inst.state().equals("preopen");
      return ItemResult.failed(clOrdId, tag, now, preopen ? TradeError.NOT_LISTED : TradeError.SUSPENDED);
    }
    Account account = account(apiKey);
    OrderRequest request;
    try {
      request = OrderRequest.of(p, inst);
    } catch (OrderRequest.InvalidParameter e) {
      return ItemResult.failed(clOrdId, tag, now, TradeError.PARAMETER_ERROR, e.name());
    }
    Optional<ItemResult> invalid = request.check(clOrdId, tag, now);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    Optional<AttachedTpSl> attached;
    try {
      attached = p.get("attachAlgoOrds").flatMap(json -> AttachedTpSl.read(json, algoBook.newAlgoId()));
    } catch (IllegalArgumentException e) {
      return ItemResult.failed(clOrdId, tag, now, TradeError.PARAMETER_ERROR, e.getMessage());
    }
    if (!clOrdId.isEmpty() && account.hasPendingClientId(clOrdId)) {
      return ItemResult.failed(clOrdId, tag, now, TradeError.DUPLICATE_CLORDID);
    }
    if (!inst.isSpot()) {
      Optional<ItemResult> refused = checkPositionSide(account, request, clOrdId, tag, now);
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    if (account.pendingOn(inst.instId()) >= MAX_PENDING_PER_INSTRUMENT) {
      return ItemResult.failed(clOrdId, tag, now, TradeError.TOO_MANY_PENDING, MAX_PENDING_PER_INSTRUMENT);
    }
    int lever = inst.isSpot() ? 1
        : account.leverage.of(inst.instId(), request.tdMode(), request.posSide(), account.positionMode);
    Order order = new Order(ordIds.incrementAndGet(), clOrdId, tag, request, lever, now);
    if (origin != null) {
      order.algoId = Long.toString(origin.algoId);
      order.algoClOrdId = origin.algoClOrdId;
    }
    order.attached = attached.orElse(null);
    Hold hold = engine.holdFor(order);
    if (!account.reserve(order, hold)) {
      return ItemResult.failed(clOrdId, tag, now, TradeError.INSUFFICIENT, hold.ccy());
    }
    account.add(order);
    account.touch(order);
    if (order.attached != null) {
      account.awaitingTpSl.add(order);
    }
    engine.execute(account, order);
    account.updated = now;
    account.trimHistory();
    return ItemResult.placed(order.ordId, clOrdId, tag, now);
  }

  /**
   * OKX's rules for {@code posSide} on derivatives: {@code net} (or none) in net mode, {@code long} or
   * {@code short} in long/short mode, and an order that closes a side no larger than what that side
   * holds beyond other pending closing orders.
   */
  private static Optional<ItemResult> checkPositionSide(
      Account account, OrderRequest request, String clOrdId, String tag, long now) {
    boolean netSide = request.posSide() == PositionSide.NET;
    if (netSide != (account.positionMode == PositionMode.NET_MODE)) {
      return Optional.of(ItemResult.failed(clOrdId, tag, now, TradeError.PARAMETER_ERROR, "posSide"));
    }
    boolean closes = (request.posSide() == PositionSide.LONG && request.side() == Side.SELL)
        || (request.posSide() == PositionSide.SHORT && request.side() == Side.BUY);
    if (closes) {
      Account.PositionKey key = new Account.PositionKey(request.instrument().instId(), request.posSide());
      if (account.positionSize(key).signum() == 0) {
        return Optional.of(ItemResult.failed(clOrdId, tag, now, TradeError.NO_POSITION_TO_CLOSE));
      }
      if (request.sz().compareTo(account.closable(key)) > 0) {
        return Optional.of(ItemResult.failed(clOrdId, tag, now, TradeError.CLOSE_EXCEEDS_POSITION));
      }
    }
    return Optional.empty();
  }

  // ---- account settings

  public synchronized PositionMode positionMode(String apiKey) {
    return account(apiKey).positionMode;
  }

  /**
   * Switches the key's position mode; OKX refuses while any position is open or order pending.
   *
   * @return the refusal, if any
   */
  public synchronized Optional<SettingError> setPositionMode(String apiKey, PositionMode mode) {
    Account account = account(apiKey);
    if (account.positionMode != mode && account.hasPositionsOrOrders()) {
      return Optional.of(SettingError.POSITIONS_OR_ORDERS_OPEN);
    }
    account.positionMode = mode;
    account.updated = clock.millis();
    return Optional.empty();
  }

  /**
   * Sets the leverage of new orders on a derivatives instrument: per margin mode, and per side for
   * isolated margin in long/short mode ({@code posSide} is {@code net} otherwise).
   *
   * @return the refusal, if any
   */
  public synchronized Optional<SettingError> setLeverage(
      String apiKey, String instId, TradeMode mgnMode, PositionSide posSide, int lever) {
    Optional<Instrument> inst = market.instrument(instId);
    if (inst.isEmpty()) {
      return Optional.of(SettingError.UNKNOWN_INSTRUMENT);
    }
    if (inst.get().lever().isEmpty() || lever < 1) {
      return Optional.of(SettingError.LEVER); // spot trades in cash here: no leverage to set
    }
    if (lever > Integer.parseInt(inst.get().lever())) {
      return Optional.of(SettingError.LEVERAGE_TOO_HIGH);
    }
    Account account = account(apiKey);
    boolean perSide = mgnMode == TradeMode.ISOLATED && account.positionMode == PositionMode.LONG_SHORT_MODE;
    if (perSide == (posSide == PositionSide.NET)) {
      return Optional.of(SettingError.POS_SIDE);
    }
    account.leverage.set(instId, mgnMode, posSide, account.positionMode, lever);
    return Optional.empty();
  }

  /**
   * The rows of {@code account/leverage-info}: one, or a long and a short one for isolated margin in
   * long/short mode.
   */
  public synchronized List<LeverageView> leverage(String apiKey, String instId, TradeMode mgnMode) {
    Account account = account(apiKey);
    if (mgnMode == TradeMode.ISOLATED && account.positionMode == PositionMode.LONG_SHORT_MODE) {
      return List.of(
          new LeverageView(instId, mgnMode, PositionSide.LONG,
              account.leverage.of(instId, mgnMode, PositionSide.LONG, account.positionMode)),
          new LeverageView(instId, mgnMode, PositionSide.SHORT,
              account.leverage.of(instId, mgnMode, PositionSide.SHORT, account.positionMode)));
    }
    return List.of(new LeverageView(instId, mgnMode, PositionSide.NET,
        account.leverage.of(instId, mgnMode, PositionSide.NET, account.positionMode)));
  }

  /**
   * The largest orders the key could place on the instrument at {@code px} (the best price the other
   * side offers when absent), with {@code lever} (the account's leverage when absent) for derivatives.
   */
  public synchronized Optional<Tradable> tradable(
      String apiKey, String instId, TradeMode tdMode, Optional<BigDecimal> px, Optional<Integer> lever) {
    Optional<Instrument> found = market.instrument(instId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Instrument inst = found.get();
    Account account = account(apiKey);
    BigDecimal buyPx = px.orElseGet(() -> bestOr(market.book(instId).asks(1), instId));
    BigDecimal sellPx = px.orElseGet(() -> bestOr(market.book(instId).bids(1), instId));
    if (inst.isSpot()) {
      BigDecimal quote = account.wallet.available(inst.quoteCcy());
      BigDecimal base = account.wallet.available(inst.baseCcy());
      return Optional.of(new Tradable(instId, inst.quoteCcy(),
          MatchingEngine.floorToLot(quote.divide(buyPx, 12, RoundingMode.DOWN), inst),
          MatchingEngine.floorToLot(base, inst), quote, base));
    }
    int leverage = lever.orElseGet(() -> account.leverage.of(instId, tdMode,
        account.positionMode == PositionMode.NET_MODE ? PositionSide.NET : PositionSide.LONG, account.positionMode));
    BigDecimal margin = account.wallet.available(inst.settleCcy());
    BigDecimal buying = margin.multiply(BigDecimal.valueOf(leverage));
    return Optional.of(new Tradable(instId, inst.settleCcy(),
        MatchingEngine.floorToLot(buying.divide(buyPx.multiply(inst.ctVal()), 12, RoundingMode.DOWN), inst),
        MatchingEngine.floorToLot(buying.divide(sellPx.multiply(inst.ctVal()), 12, RoundingMode.DOWN), inst),
        margin, margin));
  }

  private BigDecimal bestOr(List<BookLevel> best, String instId) {
    return best.isEmpty() ? market.ticker(instId).last() : best.get(0).price();
  }

  /** OKX's account types of {@code asset/transfer}: 6 is the funding account, 18 the trading account. */
  public static final String FUNDING_ACCOUNT = "6";
  public static final String TRADING_ACCOUNT = "18";

  /**
   * Moves {@code amt} of {@code ccy} between the key's funding ({@code "6"}) and trading ({@code "18"})
   * accounts; the trading side is billed (transfer in or out).
   *
   * @return the refusal, if any
   */
  public synchronized Optional<SettingError> transfer(String apiKey, String ccy, BigDecimal amt, String from,
      String to) {
    try {
      if (from.equals(to)) {
        return Optional.of(SettingError.TRANSFER_SAME_ACCOUNT);
      }
      Account account = account(apiKey);
      BigDecimal available = from.equals(FUNDING_ACCOUNT)
          ? account.funding.getOrDefault(ccy, BigDecimal.ZERO) : account.wallet.available(ccy);
      if (available.compareTo(amt) < 0) {
        return Optional.of(SettingError.TRANSFER_INSUFFICIENT);
      }
      boolean toTrading = to.equals(TRADING_ACCOUNT);
      if (toTrading) {
        account.funding.merge(ccy, amt.negate(), BigDecimal::add);
        account.wallet.credit(ccy, amt);
      } else {
        account.wallet.debit(ccy, amt);
        account.funding.merge(ccy, amt, BigDecimal::add);
      }
      long now = clock.millis();
      account.touch();
      account.addBill(new Bill(engine.nextBillId(), toTrading ? BillKind.TRANSFER_IN : BillKind.TRANSFER_OUT, ccy,
          toTrading ? amt : amt.negate(), account.wallet.total(ccy), "", "", "", amt, BigDecimal.ZERO,
          BigDecimal.ZERO, BigDecimal.ZERO, "", "", "", "", now));
      account.updated = now;
      return Optional.empty();
    } finally {
      publish();
    }
  }

  /** The key's funding account: currency to amount, the currencies it ever held. */
  public synchronized Map<String, BigDecimal> fundingBalances(String apiKey) {
    return Map.copyOf(account(apiKey).funding);
  }

  /** Sets amounts in the key's funding account (other currencies stay). */
  public synchronized void setFundingBalance(String apiKey, String ccy, BigDecimal amount) {
    try {
      account(apiKey).funding.put(ccy, amount);
    } finally {
      publish();
    }
  }

  // ---- algo orders

  /** Places one algo order (validated by the catalogue before): OKX's per-order answer. */
  public synchronized AlgoResult placeAlgo(String apiKey, Params p) {
    try {
      Account account = account(apiKey);
      AlgoResult result = algoBook.place(account, p, clock.millis());
      account.trimAlgoHistory();
      triggerAlgos();
      return result;
    } finally {
      publish();
    }
  }

  public synchronized AlgoResult cancelAlgo(String apiKey, Params p) {
    try {
      return algoBook.cancel(account(apiKey), p, clock.millis());
    } finally {
      publish();
    }
  }

  public synchronized AlgoResult amendAlgo(String apiKey, Params p) {
    try {
      AlgoResult result = algoBook.amend(account(apiKey), p, clock.millis());
      triggerAlgos();
      return result;
    } finally {
      publish();
    }
  }

  /** The key's algo orders (live and recently finished), newest first. */
  public synchronized List<AlgoView> algoOrders(String apiKey) {
    List<AlgoView> views = new ArrayList<>();
    account(apiKey).algos.values().forEach(a -> views.add(a.view()));
    java.util.Collections.reverse(views);
    return views;
  }

  /**
   * After anything that can fill an order or move a price: filled orders' attached take profits and
   * stop losses become algo orders, and algo orders whose trigger was crossed place their orders.
   */
  private void triggerAlgos() {
    long now = clock.millis();
    for (Account account : accounts.values()) {
      account.awaitingTpSl.removeIf(order -> {
        if (order.state == OrderState.FILLED) {
          algoBook.attach(account, order, now);
        }
        return !order.state.isPending();
      });
    }
    algoBook.trigger(accounts, (apiKey, params, origin) -> place(apiKey, params, origin), clock.millis());
  }

  /** Cancels one order: OKX's per-order answer. */
  public synchronized ItemResult cancel(String apiKey, Params p) {
    try {
      long now = clock.millis();
      String clOrdId = p.getOrEmpty("clOrdId");
      if (p.get("ordId").isEmpty() && clOrdId.isEmpty()) {
        return ItemResult.failed(clOrdId, "", now, TradeError.CANCEL_IDS_REQUIRED);
      }
      Account account = account(apiKey);
      Optional<Order> found = find(account, p);
      if (found.isEmpty()) {
        return ItemResult.refused(p.getOrEmpty("ordId"), clOrdId, "", now, TradeError.CANCEL_FAILED);
      }
      if (!found.get().state.isPending()) {
        TradeError error = found.get().state == OrderState.CANCELED
            ? TradeError.CANCEL_ALREADY_CANCELED : TradeError.CANCEL_ALREADY_COMPLETED;
        return ItemResult.refused(found.get(), now, error);
      }
      MatchingEngine.finish(account, found.get(), OrderState.CANCELED, now);
      account.updated = now;
      return ItemResult.done(found.get(), now);
    } finally {
      publish();
    }
  }

  /** Amends one order's size and/or price: OKX's per-order answer. */
  public synchronized ItemResult amend(String apiKey, Params p) {
    try {
      long now = clock.millis();
      String clOrdId = p.getOrEmpty("clOrdId");
      if (p.get("ordId").isEmpty() && clOrdId.isEmpty()) {
        return ItemResult.failed(clOrdId, "", now, TradeError.IDS_REQUIRED);
      }
      Optional<BigDecimal> newSz = p.decimal("newSz");
      Optional<BigDecimal> newPx = p.decimal("newPx");
      if (newSz.isEmpty() && newPx.isEmpty()) {
        return ItemResult.failed(clOrdId, "", now, TradeError.AMEND_NOTHING);
      }
      Account account = account(apiKey);
      Optional<Order> found = find(account, p);
      if (found.isEmpty()) {
        return ItemResult.refused(p.getOrEmpty("ordId"), clOrdId, "", now, TradeError.ORDER_NOT_FOUND);
      }
      Order order = found.get();
      if (!order.state.isPending()) {
        return ItemResult.refused(order, now, TradeError.AMEND_FINISHED);
      }
      if (order.px == null) {
        return ItemResult.refused(order, now, TradeError.AMEND_UNSUPPORTED);
      }
      Optional<String> badStep = newSz.flatMap(sz -> OrderRequest.sizeProblem(order.instrument, sz))
          .or(() -> newPx.flatMap(px -> OrderRequest.priceProblem(order.instrument, px)));
      if (badStep.isPresent()) {
        return ItemResult.refused(order, now, TradeError.PARAMETER_ERROR, badStep.get());
      }
      BigDecimal px = newPx.orElse(order.px);
      if (order.ordType == OrderType.POST_ONLY && engine.wouldTake(order, px)) {
        return amendFailed(account, order, p, TradeError.AMEND_POST_ONLY, now);
      }
      BigDecimal sz = newSz.orElse(order.sz);
      if (sz.compareTo(order.accFillSz) <= 0) {
        order.sz = order.accFillSz; // cut to what has filled: nothing left to trade
        MatchingEngine.finish(account, order, OrderState.FILLED, now);
        return ItemResult.done(order, now);
      }
      if (!account.amend(order, px, sz, engine::holdFor)) {
        return amendFailed(account, order, p, TradeError.AMEND_INSUFFICIENT, now);
      }
      order.uTime = now;
      account.touch(order);
      engine.take(account, order, order.px, true);
      account.updated = now;
      triggerAlgos();
      return ItemResult.done(order, now);
    } finally {
      publish();
    }
  }

  /** An amend refused: with {@code cxlOnFail} the order is cancelled too, as on OKX. */
  private static ItemResult amendFailed(Account account, Order order, Params p, TradeError error, long now) {
    if (p.flag("cxlOnFail")) {
      MatchingEngine.finish(account, order, OrderState.CANCELED, now);
    }
    return ItemResult.refused(order, now, error);
  }

  /** The key's open orders, newest first. */
  public synchronized List<OrderView> pendingOrders(String apiKey) {
    List<OrderView> views = new ArrayList<>();
    account(apiKey).pending.values().forEach(o -> views.add(o.view()));
    java.util.Collections.reverse(views); // placement order, so newest first when reversed
    return views;
  }

  /** Every order of the key still kept (pending and recent finished ones), newest first. */
  public synchronized List<OrderView> orders(String apiKey) {
    List<OrderView> views = new ArrayList<>();
    account(apiKey).orders.values().forEach(o -> views.add(o.view()));
    views.sort(Comparator.comparing(OrderView::ordId).reversed());
    return views;
  }

  /** The key's bills (every change of its trading balances), newest first. */
  public synchronized List<Bill> bills(String apiKey) {
    return List.copyOf(account(apiKey).bills);
  }

  /** The key's fills, newest first. */
  public synchronized List<Fill> fills(String apiKey) {
    return List.copyOf(account(apiKey).fills);
  }

  /** The key's open derivatives positions. */
  public synchronized List<Position> positions(String apiKey) {
    try {
      List<Position> result = new ArrayList<>();
      for (Account.MutablePosition p : account(apiKey).positions.values()) {
        if (p.pos.signum() != 0) {
          Instrument inst = market.instrument(p.instId).orElseThrow();
          BigDecimal pos = p.posSide == PositionSide.NET ? p.pos : p.pos.abs();
          result.add(new Position(p.posId, inst.instType(), p.instId, p.posSide, p.mgnMode.wire(), pos, p.avgPx,
              p.margin, inst.settleCcy(), p.lever, p.realizedPnl, p.fee, p.fundingFee, p.cTime, p.uTime));
        }
      }
      return result;
    } finally {
      publish();
    }
  }

  private static Optional<Order> find(Account account, Params p) {
    Optional<String> instId = p.get("instId");
    Optional<String> ordId = p.get("ordId");
    if (ordId.isPresent()) {
      try {
        return Optional.ofNullable(account.orders.get(Long.parseLong(ordId.get())))
            .filter(o -> instId.isEmpty() || o.instrument.instId().equals(instId.get()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    String clOrdId = p.getOrEmpty("clOrdId");
    // A clOrdId may be reused once its order finished: the latest order wins, as on OKX.
    Order latest = null;
    for (Order o : account.orders.values()) {
      if (o.clOrdId.equals(clOrdId) && (instId.isEmpty() || o.instrument.instId().equals(instId.get()))) {
        latest = o;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The view of one order, by ordId or clOrdId on the instrument. */
  public synchronized Optional<OrderView> order(String apiKey, Params p) {
    return find(account(apiKey), p).map(Order::view);
  }

  private static Optional<String> checkIds(String clOrdId, String tag) {
    if (!clOrdId.isEmpty() && !CLIENT_ID.matcher(clOrdId).matches()) {
      return Optional.of("clOrdId");
    }
    if (!tag.isEmpty() && !TAG.matcher(tag).matches()) {
      return Optional.of("tag");
    }
    return Optional.empty();
  }

  /**
   * OKX's dead man's switch ({@code trade/cancel-all-after}): unless called again within
   * {@code timeOutSeconds}, every pending order of the key is cancelled; 0 turns it off.
   *
   * @return when it will cancel (epoch ms), or 0 when off
   */
  public synchronized long cancelAllAfter(String apiKey, int timeOutSeconds) {
    if (timeOutSeconds == 0) {
      cancelAllDeadlines.remove(apiKey);
      return 0;
    }
    long deadline = clock.millis() + timeOutSeconds * 1000L;
    cancelAllDeadlines.put(apiKey, deadline);
    return deadline;
  }

  /** What the clock passed since the last call: funding, futures delivery, cancel-all-after deadlines. */
  private void settleDue() {
    funding.settleDue(accounts.values());
    delivery.settleDue(accounts.values(), changes);
    cancelAllDue();
  }

  /** Cancels the pending orders of every key whose cancel-all-after deadline has passed. */
  private void cancelAllDue() {
    if (cancelAllDeadlines.isEmpty()) {
      return;
    }
    long now = clock.millis();
    cancelAllDeadlines.entrySet().removeIf(deadline -> {
      if (deadline.getValue() > now) {
        return false;
      }
      Account account = accounts.get(deadline.getKey());
      if (account != null) {
        for (Order order : List.copyOf(account.pending.values())) {
          MatchingEngine.finish(account, order, OrderState.CANCELED, now);
        }
        account.updated = now;
      }
      return true;
    });
  }

  /**
   * The key's account, after what fell due since the last call (the clock may have been moved):
   * funding, and cancel-all-after deadlines.
   */
  private Account account(String apiKey) {
    settleDue();
    return accounts.computeIfAbsent(apiKey,
        k -> new Account(k, changes, initialByKey.getOrDefault(k, defaultBalances), clock.millis()));
  }

}
