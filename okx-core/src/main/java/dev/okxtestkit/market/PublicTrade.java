package dev.okxtestkit.market;

import java.math.BigDecimal;

/** One trade of the market as {@code market/trades} reports it (taker side). */
public record PublicTrade(String tradeId, BigDecimal px, BigDecimal sz, Side side, long ts) {}
