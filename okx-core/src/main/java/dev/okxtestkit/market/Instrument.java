package dev.okxtestkit.market;

import java.math.BigDecimal;

/**
 * One tradable instrument, with the fields of OKX's {@code public/instruments} that trading depends on.
 *
 * @param instType {@code SPOT}, {@code MARGIN}, {@code SWAP}, ...
 * @param instId e.g. {@code BTC-USDT}, {@code BTC-USDT-SWAP}
 * @param baseCcy SPOT/MARGIN base currency, {@code ""} for derivatives
 * @param quoteCcy SPOT/MARGIN quote currency, {@code ""} for derivatives
 * @param settleCcy derivatives settlement currency, {@code ""} for spot
 * @param instFamily derivatives family, e.g. {@code BTC-USDT}; {@code ""} for SPOT
 * @param ctVal contract value in {@code ctValCcy} (derivatives), zero for spot
 * @param ctValCcy e.g. {@code BTC}
 * @param tickSz price increment
 * @param lotSz size increment
 * @param minSz smallest order size
 * @param lever maximum leverage, {@code ""} for spot
 * @param state {@code live}, {@code suspend}, {@code preopen}
 */
public record Instrument(
    String instType,
    String instId,
    String baseCcy,
    String quoteCcy,
    String settleCcy,
    String instFamily,
    BigDecimal ctVal,
    String ctValCcy,
    BigDecimal tickSz,
    BigDecimal lotSz,
    BigDecimal minSz,
    String lever,
    String state) {

  public static Instrument spot(String instId, String tickSz, String lotSz, String minSz) {
    String[] parts = instId.split("-");
    return new Instrument("SPOT", instId, parts[0], parts[1], "", "", BigDecimal.ZERO, "",
        new BigDecimal(tickSz), new BigDecimal(lotSz), new BigDecimal(minSz), "", "live");
  }

  /** The MARGIN twin of a SPOT instrument (same id, margin trading). */
  public Instrument asMargin(String maxLever) {
    return new Instrument("MARGIN", instId, baseCcy, quoteCcy, "", "", ctVal, ctValCcy, tickSz, lotSz, minSz,
        maxLever, state);
  }

  /** A linear (USDT-margined) perpetual swap, e.g. {@code BTC-USDT-SWAP} with ctVal 0.01 BTC. */
  public static Instrument linearSwap(String instId, String ctVal, String tickSz, String lotSz) {
    String[] parts = instId.split("-");
    return new Instrument("SWAP", instId, "", "", parts[1], parts[0] + "-" + parts[1],
        new BigDecimal(ctVal), parts[0], new BigDecimal(tickSz), new BigDecimal(lotSz), new BigDecimal(lotSz),
        "100", "live");
  }

  public boolean isSpot() {
    return instType.equals("SPOT") || instType.equals("MARGIN");
  }

  public boolean isLive() {
    return state.equals("live");
  }

  public Instrument withState(String newState) {
    return new Instrument(instType, instId, baseCcy, quoteCcy, settleCcy, instFamily, ctVal, ctValCcy, tickSz,
        lotSz, minSz, lever, newState);
  }
}
