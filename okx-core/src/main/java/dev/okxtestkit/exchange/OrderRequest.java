package dev.okxtestkit.exchange;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Side;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * A place-order request read against its instrument, with OKX's defaults applied: market orders
 * ignore {@code px}; SPOT market orders are sized in quote for buys and base for sells unless
 * {@code tgtCcy} says otherwise; {@code posSide} is {@code net}. The wire strings are read here, once;
 * everything after works with the enums.
 *
 * @param tgtCcy null unless a SPOT market order
 * @param px null for market orders, and for a limit order without one (refused by {@link #check})
 */
record OrderRequest(
    Instrument instrument, Side side, OrderType ordType, TradeMode tdMode, PositionSide posSide,
    TargetCurrency tgtCcy, BigDecimal px, BigDecimal sz) {

  /**
   * Reads the request's parameters. The catalogue has refused values outside OKX's lists before a
   * request gets here over HTTP; a caller that skips it gets OKX's answer for such a value.
   *
   * @throws InvalidParameter naming the first parameter that is not one of OKX's values
   */
  static OrderRequest of(Params p, Instrument inst) throws InvalidParameter {
    Side side = read(p, "side", Side::fromWire, null);
    OrderType ordType = read(p, "ordType", OrderType::fromWire, null);
    TradeMode tdMode = read(p, "tdMode", TradeMode::fromWire, null);
    PositionSide posSide = read(p, "posSide", PositionSide::fromWire, PositionSide.NET);
    TargetCurrency tgtCcy = null;
    if (inst.isSpot() && ordType.isMarket()) {
      TargetCurrency sizedIn = side == Side.BUY ? TargetCurrency.QUOTE_CCY : TargetCurrency.BASE_CCY;
      tgtCcy = read(p, "tgtCcy", TargetCurrency::fromWire, sizedIn);
    }
    BigDecimal sz = p.decimal("sz").orElseThrow(() -> new InvalidParameter("sz"));
    return new OrderRequest(inst, side, ordType, tdMode, posSide, tgtCcy,
        ordType.isMarket() ? null : p.decimal("px").orElse(null), sz);
  }

  /** The parameter's constant; {@code whenAbsent} if it is absent, unless that is null (required). */
  private static <E> E read(Params p, String name, Function<String, Optional<E>> fromWire, E whenAbsent)
      throws InvalidParameter {
    Optional<String> text = p.get(name);
    if (text.isEmpty() && whenAbsent != null) {
      return whenAbsent;
    }
    return fromWire.apply(text.orElse("")).orElseThrow(() -> new InvalidParameter(name));
  }

  /** OKX's per-order refusal of a request that the catalogue's checks let through, if any. */
  Optional<ItemResult> check(String clOrdId, String tag, long now) {
    if (!ordType.isMarket() && px == null) {
      return fail(clOrdId, tag, now, TradeError.LIMIT_WITHOUT_PX);
    }
    // SPOT trades in cash (margin modes are accepted and settled as cash); derivatives need a margin mode.
    if (!instrument.isSpot() && tdMode == TradeMode.CASH) {
      return fail(clOrdId, tag, now, TradeError.PARAMETER_ERROR, "tdMode");
    }
    if (px != null) {
      Optional<String> priceProblem = priceProblem(instrument, px);
      if (priceProblem.isPresent()) {
        return fail(clOrdId, tag, now, TradeError.PARAMETER_ERROR, priceProblem.get());
      }
    }
    if (tgtCcy == TargetCurrency.QUOTE_CCY) {
      return Optional.empty(); // sized in quote currency: lot and minimum apply to the base it buys
    }
    if (sz.remainder(instrument.lotSz()).signum() != 0) {
      return fail(clOrdId, tag, now, TradeError.LOT_SIZE);
    }
    if (sz.compareTo(instrument.minSz()) < 0) {
      return fail(clOrdId, tag, now, TradeError.BELOW_MIN);
    }
    return Optional.empty();
  }

  /** {@code "px"} when the price is not a multiple of the tick size. */
  static Optional<String> priceProblem(Instrument inst, BigDecimal px) {
    return px.remainder(inst.tickSz()).signum() != 0 ? Optional.of("px") : Optional.empty();
  }

  /** {@code "sz"} when the size is not a multiple of the lot size or below the minimum. */
  static Optional<String> sizeProblem(Instrument inst, BigDecimal sz) {
    return sz.remainder(inst.lotSz()).signum() != 0 || sz.compareTo(inst.minSz()) < 0
        ? Optional.of("sz") : Optional.empty();
  }

  private static Optional<ItemResult> fail(String clOrdId, String tag, long now, TradeError error, Object... details) {
    return Optional.of(ItemResult.failed(clOrdId, tag, now, error, details));
  }

  /** A parameter whose value is not one OKX accepts: OKX answers {@code 51000 Parameter <name> error}. */
  static final class InvalidParameter extends Exception {
    private final String name;

    InvalidParameter(String name) {
      super(name, null, false, false); // an answer to the caller, not a failure: no stack trace
      this.name = name;
    }

    String name() {
      return name;
    }
  }
}
