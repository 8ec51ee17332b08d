package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Supplier;

/**
 * Position keeping for linear derivatives: opening holds margin (notional / leverage), closing gives it
 * back with the realized profit or loss, in the settlement currency. A position's contracts are signed
 * (long positive): in net mode one position per instrument takes both directions; in long/short mode
 * the long side only ever holds positive and the short side negative contracts, because an order that
 * closes a side is never larger than what that side holds (the exchange checks it when placed).
 */
final class Positions {

  private Positions() {}

  /**
   * Applies a fill of {@code signedQty} contracts at {@code price} to the account's position.
   *
   * @return the realized PnL of the part that closed the position (0 when it only opened)
   */
  static BigDecimal apply(Account account, Instrument inst, Account.PositionKey key, BigDecimal signedQty,
      BigDecimal price, int lever, TradeMode mgnMode, long now, Supplier<String> newPosId) {
    Account.MutablePosition p = account.positions.computeIfAbsent(key,
        k -> new Account.MutablePosition(newPosId.get(), k, mgnMode, lever, now));
    String ccy = inst.settleCcy();
    BigDecimal pnl = BigDecimal.ZERO;
    BigDecimal opening = signedQty;
    boolean reduces = p.pos.signum() != 0 && p.pos.signum() != signedQty.signum();
    if (reduces) {
      BigDecimal closing = signedQty.abs().min(p.pos.abs());
      BigDecimal direction = BigDecimal.valueOf(p.pos.signum());
      pnl = price.subtract(p.avgPx).multiply(closing).multiply(inst.ctVal()).multiply(direction);
      BigDecimal marginBack = p.margin.multiply(closing).divide(p.pos.abs(), 12, RoundingMode.DOWN);
      account.wallet.releaseMargin(ccy, marginBack);
      p.margin = p.margin.subtract(marginBack);
      if (pnl.signum() >= 0) {
        account.wallet.credit(ccy, pnl);
      } else {
        account.wallet.debitUpTo(ccy, pnl.negate());
      }
      p.realizedPnl = p.realizedPnl.add(pnl);
      p.pos = p.pos.add(direction.negate().multiply(closing));
      if (p.pos.signum() == 0) {
        p.avgPx = BigDecimal.ZERO;
        account.wallet.releaseMargin(ccy, p.margin);
        p.margin = BigDecimal.ZERO;
      }
      opening = signedQty.signum() > 0 ? signedQty.subtract(closing) : signedQty.add(closing);
    }
    if (opening.signum() != 0) {
      if (p.pos.signum() == 0) {
        p.lever = lever; // a position (re)opens at the leverage its order was placed with
      }
      BigDecimal size = opening.abs();
      BigDecimal margin = size.multiply(inst.ctVal()).multiply(price)
          .divide(BigDecimal.valueOf(lever), 8, RoundingMode.UP)
          .min(account.wallet.available(ccy));
      account.wallet.freezeForOrder(ccy, margin);
      account.wallet.orderToMargin(ccy, margin);
      p.margin = p.margin.add(margin);
      BigDecimal total = p.pos.abs().add(size);
      p.avgPx = p.avgPx.multiply(p.pos.abs()).add(price.multiply(size))
          .divide(total, inst.tickSz().scale() + 4, RoundingMode.HALF_UP);
      p.pos = p.pos.add(opening);
    }
    p.uTime = now;
    return pnl;
  }
}
