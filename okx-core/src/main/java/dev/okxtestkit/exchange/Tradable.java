package dev.okxtestkit.exchange;

import java.math.BigDecimal;

/**
 * What a key could trade on one instrument now ({@code account/max-size}, {@code max-avail-size}): the
 * largest order each way (base currency for spot, contracts for derivatives) and the funds available
 * for it (quote and base for spot, the settlement currency for derivatives).
 */
public record Tradable(
    String instId, String ccy, BigDecimal maxBuy, BigDecimal maxSell, BigDecimal availBuy, BigDecimal availSell) {}
