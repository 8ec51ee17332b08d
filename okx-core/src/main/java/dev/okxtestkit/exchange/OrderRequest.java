package dev.okxtestkit.exchange;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.market.Instrument;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A place-order request read against its instrument, with OKX's defaults applied: market orders
 * ignore {@code px}; SPOT market orders are sized in quote for buys and base for sells unless
 * {@code tgtCcy} says otherwise; {@code posSide} is {@code net}.
 */
record OrderRequest(
    Instrument instrument, String side, String ordType, String tdMode, String posSide, String tgtCcy,
    BigDecimal px, BigDecimal sz) {

  static OrderRequest of(Params p, Instrument inst) {
    String side = p.getOrEmpty("side");
    String ordType = p.getOrEmpty("ordType");
    boolean market = ordType.equals("market") || ordType.equals("optimal_limit_ioc");
    String tgtCcy = "";
    if (inst.isSpot() && market) {
      tgtCcy = p.get("tgtCcy").orElse(side.equals("buy") ? "quote_ccy" : "base_ccy");
    }
    return new OrderRequest(inst, side, ordType, p.getOrEmpty("tdMode"), p.get("posSide").orElse("net"), tgtCcy,
        market ? null : p.decimal("px").orElse(null), p.decimal("sz").orElseThrow());
  }

  /** OKX's per-order refusal of a request that the catalogue's checks let through, if any. */
  Optional<ItemResult> check(String clOrdId, String tag, long now) {
    if (!market() && px == null) {
      return fail(clOrdId, tag, TradeErrors.LIMIT_WITHOUT_PX, TradeErrors.LIMIT_WITHOUT_PX_MSG, now);
    }
    // SPOT trades in cash (margin modes are accepted and settled as cash); derivatives need a margin mode.
    if (!instrument.isSpot() && tdMode.equals("cash")) {
      return fail(clOrdId, tag, TradeErrors.PARAMETER_ERROR, TradeErrors.parameterError("tdMode"), now);
    }
    if (px != null) {
      Optional<String> priceProblem = priceProblem(instrument, px);
      if (priceProblem.isPresent()) {
        return fail(clOrdId, tag, TradeErrors.PARAMETER_ERROR, TradeErrors.parameterError(priceProblem.get()), now);
      }
    }
    if (tgtCcy.equals("quote_ccy")) {
      return Optional.empty(); // sized in quote currency: lot and minimum apply to the base it buys
    }
    if (sz.remainder(instrument.lotSz()).signum() != 0) {
      return fail(clOrdId, tag, TradeErrors.LOT_SIZE, TradeErrors.LOT_SIZE_MSG, now);
    }
    if (sz.compareTo(instrument.minSz()) < 0) {
      return fail(clOrdId, tag, TradeErrors.BELOW_MIN, TradeErrors.BELOW_MIN_MSG, now);
    }
    return Optional.empty();
  }

  boolean market() {
    return ordType.equals("market") || ordType.equals("optimal_limit_ioc");
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

  private static Optional<ItemResult> fail(String clOrdId, String tag, String code, String message, long now) {
    return Optional.of(ItemResult.failed(clOrdId, tag, code, message, "", now));
  }
}
