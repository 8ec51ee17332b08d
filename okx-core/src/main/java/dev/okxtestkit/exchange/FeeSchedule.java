package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Instrument;
import java.math.BigDecimal;

/** OKX's regular-user (Lv1) fee rates: what a fill costs, by instrument type and maker/taker. */
record FeeSchedule(BigDecimal spotMaker, BigDecimal spotTaker, BigDecimal swapMaker, BigDecimal swapTaker) {

  static final FeeSchedule LV1 = new FeeSchedule(
      new BigDecimal("0.0008"), new BigDecimal("0.001"), new BigDecimal("0.0002"), new BigDecimal("0.0005"));

  BigDecimal rate(Instrument instrument, boolean taker) {
    if (instrument.isSpot()) {
      return taker ? spotTaker : spotMaker;
    }
    return taker ? swapTaker : swapMaker;
  }
}
