package dev.okxtestkit.market;

import java.math.BigDecimal;

/** One funding settlement of a swap ({@code public/funding-rate-history}): the rate that was paid, and when. */
public record FundingPayment(String instId, BigDecimal rate, long fundingTime) {}
