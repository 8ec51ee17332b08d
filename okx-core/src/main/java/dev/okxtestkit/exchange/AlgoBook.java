package dev.okxtestkit.exchange;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Market;
import dev.okxtestkit.market.Side;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Algo orders (https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading): placing, amending and
 * cancelling them, and triggering them when the price they watch crosses their trigger. A triggered
 * algo order places its order through the exchange's own placement, so it is checked and filled like
 * any other. Called only by the {@link Exchange}, under its lock.
 */
final class AlgoBook {

  /** OKX: an account keeps at most this many finished algo orders here (its history is 3 months). */
  static final int HISTORY_LIMIT = 1_000;
  /** A triggered order's fills can move the price and trigger more: this many rounds at most. */
  private static final int MAX_ROUNDS = 50;
  private static final BigDecimal MIN_CALLBACK_RATIO = new BigDecimal("0.001");

  private final Market market;
  private final AtomicLong algoIds = new AtomicLong(600_000_000_000_000_000L);
  private boolean evaluating;

  AlgoBook(Market market) {
    this.market = market;
  }

  /** Places one algo order (validated by the catalogue before): OKX's per-order answer. */
  AlgoResult place(Account account, Params p, long now) {
    String algoClOrdId = p.getOrEmpty("algoClOrdId");
    String tag = p.getOrEmpty("tag");
    Optional<Instrument> inst = market.instrument(p.getOrEmpty("instId"));
    if (inst.isEmpty()) {
      return AlgoResult.failed(algoClOrdId, tag, TradeError.UNKNOWN_INSTRUMENT);
    }
    AlgoOrderType ordType = AlgoOrderType.fromWire(p.getOrEmpty("ordType")).orElseThrow();
    Side side = Side.fromWire(p.getOrEmpty("side")).orElseThrow();
    PositionSide posSide = PositionSide.fromWire(p.get("posSide").orElse("net")).orElseThrow();
    TradeMode tdMode = TradeMode.fromWire(p.getOrEmpty("tdMode")).orElseThrow();
    TargetCurrency tgtCcy = p.get("tgtCcy").flatMap(TargetCurrency::fromWire).orElse(null);
    boolean closesAll = p.get("closeFraction").map(f -> f.equals("1")).orElse(false);
    Optional<BigDecimal> sz = p.decimal("sz");
    if (sz.isEmpty() && !closesAll) {
      return AlgoResult.failed(algoClOrdId, tag, TradeError.PARAMETER_EMPTY, "sz");
    }
    if (closesAll && inst.get().isSpot()) {
      return AlgoResult.failed(algoClOrdId, tag, TradeError.PARAMETER_ERROR, "closeFraction");
    }
    AlgoOrder order = new AlgoOrder(algoIds.incrementAndGet(), algoClOrdId, tag, ordType, inst.get(), side,
        posSide, tdMode, tgtCcy, closesAll ? null : sz.get(), closesAll || p.flag("reduceOnly"), now);
    Optional<AlgoResult> refused = switch (ordType) {
      case CONDITIONAL, OCO -> setTakeProfitStopLoss(order, p);
      case TRIGGER -> setTrigger(order, p);
      case MOVE_ORDER_STOP -> setTrailing(order, p);
    };
    if (refused.isPresent()) {
      return refused.get();
    }
    account.algos.put(order.algoId, order);
    account.touch(order);
    return AlgoResult.placed(order);
  }

  private Optional<AlgoResult> setTakeProfitStopLoss(AlgoOrder order, Params p) {
    order.tpTriggerPx = p.decimal("tpTriggerPx").orElse(null);
    order.slTriggerPx = p.decimal("slTriggerPx").orElse(null);
    order.tpTriggerPxType = triggerType(p, "tpTriggerPxType");
    order.slTriggerPxType = triggerType(p, "slTriggerPxType");
    boolean both = order.tpTriggerPx != null && order.slTriggerPx != null;
    if (order.tpTriggerPx == null && order.slTriggerPx == null || order.ordType == AlgoOrderType.OCO && !both) {
      return fail(order, TradeError.PARAMETER_EMPTY, order.slTriggerPx == null ? "slTriggerPx" : "tpTriggerPx");
    }
    if (order.tpTriggerPx != null) {
      order.tpOrdPx = orderPrice(p, "tpOrdPx");
      if (order.tpOrdPx == null) {
        return fail(order, TradeError.PARAMETER_EMPTY, "tpOrdPx");
      }
      BigDecimal now = price(order, order.tpTriggerPxType);
      // A take profit sells above the price, or buys back below it; OKX refuses one already reached.
      if (!order.isBuy() && order.tpTriggerPx.compareTo(now) <= 0) {
        return fail(order, TradeError.TP_BELOW_LAST);
      }
      if (order.isBuy() && order.tpTriggerPx.compareTo(now) >= 0) {
        return fail(order, TradeError.TP_ABOVE_LAST);
      }
    }
    if (order.slTriggerPx != null) {
      order.slOrdPx = orderPrice(p, "slOrdPx");
      if (order.slOrdPx == null) {
        return fail(order, TradeError.PARAMETER_EMPTY, "slOrdPx");
      }
      BigDecimal now = price(order, order.slTriggerPxType);
      if (!order.isBuy() && order.slTriggerPx.compareTo(now) >= 0) {
        return fail(order, TradeError.SL_ABOVE_LAST);
      }
      if (order.isBuy() && order.slTriggerPx.compareTo(now) <= 0) {
        return fail(order, TradeError.SL_BELOW_LAST);
      }
    }
    return Optional.empty();
  }

  private Optional<AlgoResult> setTrigger(AlgoOrder order, Params p) {
    order.triggerPx = p.decimal("triggerPx").orElse(null);
    if (order.triggerPx == null) {
      return fail(order, TradeError.PARAMETER_EMPTY, "triggerPx");
    }
    order.ordPx = orderPrice(p, "orderPx");
    if (order.ordPx == null) {
      return fail(order, TradeError.PARAMETER_EMPTY, "orderPx");
    }
    order.triggerPxType = triggerType(p, "triggerPxType");
    order.triggerAbove = order.triggerPx.compareTo(price(order, order.triggerPxType)) > 0;
    return Optional.empty();
  }

  private Optional<AlgoResult> setTrailing(AlgoOrder order, Params p) {
    order.callbackRatio = p.decimal("callbackRatio").orElse(null);
    order.callbackSpread = p.decimal("callbackSpread").orElse(null);
    if ((order.callbackRatio == null) == (order.callbackSpread == null)) {
      return fail(order, TradeError.PARAMETER_ERROR, "callbackRatio");
    }
    // OKX: a callback ratio from 0.1 % to 100 %, written as a fraction (0.001 to 1).
    if (order.callbackRatio != null && (order.callbackRatio.compareTo(MIN_CALLBACK_RATIO) < 0
        || order.callbackRatio.compareTo(BigDecimal.ONE) > 0)) {
      return fail(order, TradeError.PARAMETER_ERROR, "callbackRatio");
    }
    order.activePx = p.decimal("activePx").orElse(null);
    order.ordPx = AlgoOrder.MARKET;
    trail(order, price(order, TriggerPriceType.LAST));
    return Optional.empty();
  }

  /** A new algo id, e.g. for a take profit / stop loss attached to an order before it exists. */
  String newAlgoId() {
    return Long.toString(algoIds.incrementAndGet());
  }

  /**
   * The algo order an attached take profit / stop loss becomes once its order filled: the other side,
   * for what the order bought or sold (net of a fee taken in the bought coin), reducing only.
   */
  void attach(Account account, Order parent, long now) {
    AttachedTpSl spec = parent.attached;
    boolean both = spec.tpTriggerPx() != null && spec.slTriggerPx() != null;
    BigDecimal sz = parent.accFillSz;
    if (parent.instrument.isSpot() && parent.feeCcy.equals(parent.instrument.baseCcy())) {
      sz = sz.add(parent.fee); // the fee is negative: a buy's fee came out of the coins it bought
    }
    Side side = parent.isBuy() ? Side.SELL : Side.BUY;
    AlgoOrder algo = new AlgoOrder(Long.parseLong(spec.attachAlgoId()), spec.attachAlgoClOrdId(), parent.tag,
        both ? AlgoOrderType.OCO : AlgoOrderType.CONDITIONAL, parent.instrument, side, parent.posSide,
        parent.tdMode, null, sz, !parent.instrument.isSpot(), now);
    algo.tpTriggerPx = spec.tpTriggerPx();
    algo.tpOrdPx = spec.tpOrdPx();
    algo.tpTriggerPxType = spec.tpTriggerPxType();
    algo.slTriggerPx = spec.slTriggerPx();
    algo.slOrdPx = spec.slOrdPx();
    algo.slTriggerPxType = spec.slTriggerPxType();
    algo.parentOrdId = parent.ordId;
    account.algos.put(algo.algoId, algo);
    account.touch(algo);
    parent.linkedAlgoId = spec.attachAlgoId();
  }

  /** Cancels one algo order: OKX's per-order answer. */
  AlgoResult cancel(Account account, Params p, long now) {
    Optional<AlgoOrder> found = find(account, p);
    if (found.isEmpty()) {
      return AlgoResult.unknown(p.getOrEmpty("algoId"), p.getOrEmpty("algoClOrdId"), TradeError.ORDER_NOT_FOUND);
    }
    AlgoOrder order = found.get();
    if (order.state != AlgoState.LIVE) {
      return AlgoResult.refused(order, order.state == AlgoState.CANCELED
          ? TradeError.CANCEL_ALREADY_CANCELED : TradeError.CANCEL_ALREADY_COMPLETED);
    }
    order.state = AlgoState.CANCELED;
    order.uTime = now;
    account.touch(order);
    return AlgoResult.done(order);
  }

  /** Moves the size or trigger prices of a live algo order: OKX's per-order answer. */
  AlgoResult amend(Account account, Params p, long now) {
    Optional<AlgoOrder> found = find(account, p);
    if (found.isEmpty()) {
      return AlgoResult.unknown(p.getOrEmpty("algoId"), p.getOrEmpty("algoClOrdId"), TradeError.ORDER_NOT_FOUND);
    }
    AlgoOrder order = found.get();
    if (order.state != AlgoState.LIVE) {
      return AlgoResult.refused(order, TradeError.AMEND_FINISHED);
    }
    Params moved = Params.of(merged(order, p));
    AlgoOrder trial = new AlgoOrder(order.algoId, order.algoClOrdId, order.tag, order.ordType, order.instrument,
        order.side, order.posSide, order.tdMode, order.tgtCcy, order.sz, order.reduceOnly, order.cTime);
    Optional<AlgoResult> refused = switch (order.ordType) {
      case CONDITIONAL, OCO -> setTakeProfitStopLoss(trial, moved);
      case TRIGGER -> setTrigger(trial, moved);
      case MOVE_ORDER_STOP -> Optional.of(AlgoResult.refused(order, TradeError.AMEND_UNSUPPORTED));
    };
    if (refused.isPresent()) {
      return AlgoResult.refused(order, refused.get());
    }
    order.sz = p.decimal("newSz").orElse(order.sz);
    order.tpTriggerPx = trial.tpTriggerPx;
    order.tpOrdPx = trial.tpOrdPx;
    order.slTriggerPx = trial.slTriggerPx;
    order.slOrdPx = trial.slOrdPx;
    order.triggerPx = trial.triggerPx;
    order.ordPx = trial.ordPx;
    order.triggerAbove = trial.triggerAbove;
    order.uTime = now;
    account.touch(order);
    return AlgoResult.done(order);
  }

  /** The order's current terms with the {@code new...} parameters of an amend in their place. */
  private static Map<String, String> merged(AlgoOrder order, Params p) {
    Map<String, String> terms = new LinkedHashMap<>();
    put(terms, "tpTriggerPx", p.get("newTpTriggerPx").orElse(text(order.tpTriggerPx)));
    put(terms, "tpOrdPx", p.get("newTpOrdPx").orElse(text(order.tpOrdPx)));
    put(terms, "tpTriggerPxType", p.get("newTpTriggerPxType").orElse(order.tpTriggerPxType.wire()));
    put(terms, "slTriggerPx", p.get("newSlTriggerPx").orElse(text(order.slTriggerPx)));
    put(terms, "slOrdPx", p.get("newSlOrdPx").orElse(text(order.slOrdPx)));
    put(terms, "slTriggerPxType", p.get("newSlTriggerPxType").orElse(order.slTriggerPxType.wire()));
    put(terms, "triggerPx", p.get("newTriggerPx").orElse(text(order.triggerPx)));
    put(terms, "orderPx", p.get("newOrdPx").orElse(text(order.ordPx)));
    put(terms, "triggerPxType", p.get("newTriggerPxType").orElse(order.triggerPxType.wire()));
    return terms;
  }

  private static void put(Map<String, String> terms, String name, String value) {
    if (value != null && !value.isEmpty()) {
      terms.put(name, value);
    }
  }

  private static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  /**
   * Triggers every live algo order whose price crossed its trigger, placing its order through
   * {@code placeOrder} (api key, order parameters); repeats while those orders' fills trigger more.
   */
  void trigger(Map<String, Account> accounts, OrderPlacer placeOrder, long now) {
    if (evaluating) {
      return; // a triggered order is filling: the outer round sees what it moved
    }
    evaluating = true;
    try {
      for (int round = 0; round < MAX_ROUNDS; round++) {
        boolean fired = false;
        for (Map.Entry<String, Account> entry : accounts.entrySet()) {
          for (AlgoOrder order : List.copyOf(entry.getValue().algos.values())) {
            if (order.state == AlgoState.LIVE && fire(entry.getKey(), entry.getValue(), order, placeOrder, now)) {
              fired = true;
            }
          }
        }
        if (!fired) {
          return;
        }
      }
    } finally {
      evaluating = false;
    }
  }

  private boolean fire(String apiKey, Account account, AlgoOrder order, OrderPlacer placeOrder, long now) {
    BigDecimal orderPx;
    switch (order.ordType) {
      case CONDITIONAL, OCO -> {
        if (reached(order, order.tpTriggerPx, order.tpTriggerPxType, true)) {
          order.actualSide = "tp";
          orderPx = order.tpOrdPx;
        } else if (reached(order, order.slTriggerPx, order.slTriggerPxType, false)) {
          order.actualSide = "sl";
          orderPx = order.slOrdPx;
        } else {
          return false;
        }
      }
      case TRIGGER -> {
        BigDecimal px = price(order, order.triggerPxType);
        int cmp = px.compareTo(order.triggerPx);
        if (order.triggerAbove ? cmp < 0 : cmp > 0) {
          return false;
        }
        orderPx = order.ordPx;
      }
      case MOVE_ORDER_STOP -> {
        BigDecimal px = price(order, TriggerPriceType.LAST);
        trail(order, px);
        BigDecimal stop = order.moveTriggerPx();
        if (stop == null || (order.isBuy() ? px.compareTo(stop) < 0 : px.compareTo(stop) > 0)) {
          return false;
        }
        orderPx = AlgoOrder.MARKET;
      }
      default -> throw new IllegalStateException(order.ordType.name());
    }
    BigDecimal sz = order.sz;
    if (order.reduceOnly && !order.instrument.isSpot()) {
      BigDecimal held = account.positionSize(new Account.PositionKey(order.instrument.instId(), order.posSide));
      sz = sz == null ? held : sz.min(held);
    }
    order.state = AlgoState.EFFECTIVE;
    order.triggerTime = now;
    order.uTime = now;
    order.actualPx = orderPx;
    order.actualSz = sz;
    if (sz == null || sz.signum() == 0) {
      order.state = AlgoState.ORDER_FAILED;
      order.failCode = TradeError.NO_POSITION_TO_CLOSE.code();
      account.touch(order);
      return true;
    }
    ItemResult placed = placeOrder.place(apiKey, Params.of(childOrder(order, sz, orderPx)), order);
    if (placed.ok()) {
      order.ordId = placed.ordId();
    } else {
      order.state = AlgoState.ORDER_FAILED;
      order.failCode = placed.sCode();
    }
    account.touch(order);
    return true;
  }

  private static Map<String, String> childOrder(AlgoOrder order, BigDecimal sz, BigDecimal orderPx) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("instId", order.instrument.instId());
    params.put("tdMode", order.tdMode.wire());
    params.put("side", order.side.wire());
    boolean market = orderPx.compareTo(AlgoOrder.MARKET) == 0;
    params.put("ordType", market ? "market" : "limit");
    params.put("sz", sz.toPlainString());
    if (!market) {
      params.put("px", orderPx.toPlainString());
    }
    if (order.posSide != PositionSide.NET) {
      params.put("posSide", order.posSide.wire());
    }
    if (order.tgtCcy != null && market) {
      params.put("tgtCcy", order.tgtCcy.wire());
    }
    return params;
  }

  /** Whether the price crossed a take-profit ({@code takeProfit}) or stop-loss trigger. */
  private boolean reached(AlgoOrder order, BigDecimal trigger, TriggerPriceType type, boolean takeProfit) {
    if (trigger == null) {
      return false;
    }
    int cmp = price(order, type).compareTo(trigger);
    // A sell takes profit above the price and stops the loss below it; a buy the other way round.
    boolean above = takeProfit != order.isBuy();
    return above ? cmp >= 0 : cmp <= 0;
  }

  /** A trailing stop follows the best price once active (at once without an activation price). */
  private static void trail(AlgoOrder order, BigDecimal px) {
    boolean active = order.best != null || order.activePx == null
        || (order.isBuy() ? px.compareTo(order.activePx) <= 0 : px.compareTo(order.activePx) >= 0);
    if (!active) {
      return;
    }
    if (order.best == null || (order.isBuy() ? px.compareTo(order.best) < 0 : px.compareTo(order.best) > 0)) {
      order.best = px;
    }
  }

  private BigDecimal price(AlgoOrder order, TriggerPriceType type) {
    String instId = order.instrument.instId();
    return switch (type) {
      case LAST -> market.ticker(instId).last();
      case MARK -> market.markPrice(instId);
      case INDEX -> market.indexPrice(order.instrument.isSpot() ? instId : order.instrument.instFamily())
          .orElseGet(() -> market.ticker(instId).last());
    };
  }

  private static TriggerPriceType triggerType(Params p, String name) {
    return p.get(name).flatMap(TriggerPriceType::fromWire).orElse(TriggerPriceType.LAST);
  }

  /** An order price: {@code -1} for market, otherwise a positive price; null when absent. */
  private static BigDecimal orderPrice(Params p, String name) {
    return p.decimal(name).filter(px -> px.signum() > 0 || px.compareTo(AlgoOrder.MARKET) == 0).orElse(null);
  }

  private static Optional<AlgoOrder> find(Account account, Params p) {
    Optional<String> algoId = p.get("algoId");
    if (algoId.isPresent()) {
      try {
        return Optional.ofNullable(account.algos.get(Long.parseLong(algoId.get())))
            .filter(o -> p.get("instId").map(o.instrument.instId()::equals).orElse(true));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    String algoClOrdId = p.getOrEmpty("algoClOrdId");
    return account.algos.values().stream().filter(o -> !algoClOrdId.isEmpty() && o.algoClOrdId.equals(algoClOrdId))
        .reduce((first, second) -> second);
  }

  /** Places a triggered algo order's order as the exchange places any order, remembering its origin. */
  @FunctionalInterface
  interface OrderPlacer {
    ItemResult place(String apiKey, Params order, AlgoOrder origin);
  }

  private static Optional<AlgoResult> fail(AlgoOrder order, TradeError error, Object... details) {
    return Optional.of(AlgoResult.failed(order.algoClOrdId, order.tag, error, details));
  }
}
