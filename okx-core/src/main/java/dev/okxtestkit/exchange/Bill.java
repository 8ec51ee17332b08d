package dev.okxtestkit.exchange;

import java.math.BigDecimal;

/**
 * One change of a trading account's balance ({@code account/bills}): what changed it, by how much, and
 * the balance after it. Amounts are signed: {@code balChg} and {@code fee} negative when taken.
 *
 * @param bal the currency's balance ({@code cashBal}) after the change
 * @param mgnMode {@code cash} for spot, {@code cross} or {@code isolated} for derivatives, {@code ""} otherwise
 * @param ordId the order of a trade, {@code ""} otherwise
 */
public record Bill(
    String billId,
    BillKind kind,
    String ccy,
    BigDecimal balChg,
    BigDecimal bal,
    String instType,
    String instId,
    String mgnMode,
    BigDecimal sz,
    BigDecimal px,
    BigDecimal pnl,
    BigDecimal fee,
    String ordId,
    String clOrdId,
    String tradeId,
    String execType,
    long ts) {}
