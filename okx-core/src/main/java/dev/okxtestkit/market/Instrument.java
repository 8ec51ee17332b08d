package dev.okxtestkit.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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
 * @param state {@code live}, {@code suspend}, {@code preopen}; {@code expired} for a delivered future
 * @param expTime when a FUTURES contract is delivered (epoch ms), 0 for others
 * @param alias {@code this_week}, {@code next_week}, {@code quarter} for FUTURES, {@code ""} for others
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
    String state,
    long expTime,
    String alias) {

  /** The state of a future after its delivery: gone from OKX's lists, not tradable. */
  public static final String EXPIRED = "expired";

  private static final DateTimeFormatter EXPIRY_DATE =
      DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

  public static Instrument spot(String instId, String tickSz, String lotSz, String minSz) {
    String[] parts = instId.split("-");
    return new Instrument("SPOT", instId, parts[0], parts[1], "", "", BigDecimal.ZERO, "",
        new BigDecimal(tickSz), new BigDecimal(lotSz), new BigDecimal(minSz), "", "live", 0, "");
  }

  /** The MARGIN twin of a SPOT instrument (same id, margin trading). */
  public Instrument asMargin(String maxLever) {
    return new Instrument("MARGIN", instId, baseCcy, quoteCcy, "", "", ctVal, ctValCcy, tickSz, lotSz, minSz,
        maxLever, state, 0, "");
  }

  /** A linear (USDT-margined) perpetual swap, e.g. {@code BTC-USDT-SWAP} with ctVal 0.01 BTC. */
  public static Instrument linearSwap(String instId, String ctVal, String tickSz, String lotSz) {
    String[] parts = instId.split("-");
    return new Instrument("SWAP", instId, "", "", parts[1], parts[0] + "-" + parts[1],
        new BigDecimal(ctVal), parts[0], new BigDecimal(tickSz), new BigDecimal(lotSz), new BigDecimal(lotSz),
        "100", "live", 0, "");
  }

  /**
   * A linear (USDT-margined) dated future of {@code family}, e.g. {@code BTC-USDT-260612}, delivered at
   * {@code expiry} (OKX delivers on Fridays at 08:00 UTC).
   */
  public static Instrument linearFuture(String family, Instant expiry, String alias, String ctVal, String tickSz,
      String lotSz) {
    String[] parts = family.split("-");
    String instId = family + "-" + EXPIRY_DATE.format(expiry);
    return new Instrument("FUTURES", instId, "", "", parts[1], family, new BigDecimal(ctVal), parts[0],
        new BigDecimal(tickSz), new BigDecimal(lotSz), new BigDecimal(lotSz), "50", "live", expiry.toEpochMilli(),
        alias);
  }

  public boolean isSpot() {
    return instType.equals("SPOT") || instType.equals("MARGIN");
  }

  public boolean isLive() {
    return state.equals("live");
  }

  public Instrument withState(String newState) {
    return new Instrument(instType, instId, baseCcy, quoteCcy, settleCcy, instFamily, ctVal, ctValCcy, tickSz,
        lotSz, minSz, lever, newState, expTime, alias);
  }
}
