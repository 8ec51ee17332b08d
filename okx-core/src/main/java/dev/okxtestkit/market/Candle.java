package dev.okxtestkit.market;

import java.math.BigDecimal;

/** One bar of {@code market/candles}: start time (ms), OHLC, volumes, and whether it is complete. */
public record Candle(
    long ts, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal vol,
    BigDecimal volCcy, boolean confirmed) {}
