package dev.okxtestkit.exchange;

import java.math.BigDecimal;

/**
 * Writes the bills of one fill into its account, after the wallet has moved: a spot fill changes two
 * currencies (one bill each), a derivatives fill its settlement currency by the realized profit or loss
 * less the fee (margin stays inside the balance, as OKX counts {@code cashBal}).
 */
final class Ledger {

  private final Account account;
  private final Order order;
  private final String tradeId;
  private final String execType;
  private final BigDecimal px;
  private final BigDecimal sz;
  private final long now;

  Ledger(Account account, Order order, String tradeId, String execType, BigDecimal px, BigDecimal sz, long now) {
    this.account = account;
    this.order = order;
    this.tradeId = tradeId;
    this.execType = execType;
    this.px = px;
    this.sz = sz;
    this.now = now;
  }

  void spot(String billId, String ccy, BigDecimal balChg, BigDecimal fee) {
    add(billId, order.isBuy() ? BillKind.BUY : BillKind.SELL, ccy, balChg, BigDecimal.ZERO, fee);
  }

  void derivatives(String billId, BillKind kind, BigDecimal balChg, BigDecimal pnl, BigDecimal fee) {
    add(billId, kind, order.instrument.settleCcy(), balChg, pnl, fee);
  }

  private void add(String billId, BillKind kind, String ccy, BigDecimal balChg, BigDecimal pnl, BigDecimal fee) {
    account.addBill(new Bill(billId, kind, ccy, balChg, account.wallet.total(ccy), order.instrument.instType(),
        order.instrument.instId(), order.tdMode.wire(), sz, px, pnl, fee, Long.toString(order.ordId),
        order.clOrdId, tradeId, execType, now));
  }
}
