package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Market;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Delivery of dated futures: once the simulator clock passes a contract's {@code expTime}, its pending
 * orders are cancelled and every position on it is closed at the mark price, the profit or loss and the
 * margin going back to the account (bill type 3, subType 112 delivery long / 113 delivery short). The
 * contract then leaves OKX's lists. Settled lazily when the exchange is next used, like funding. See
 * https://www.okx.com/docs-v5/en/#public-data-rest-api-get-delivery-exercise-history.
 */
final class Delivery {

  private final Market market;
  private final Clock clock;
  private final Supplier<String> newBillId;

  Delivery(Market market, Clock clock, Supplier<String> newBillId) {
    this.market = market;
    this.clock = clock;
    this.newBillId = newBillId;
  }

  /** Delivers every live future whose expiry the clock has passed. */
  void settleDue(Collection<Account> accounts, ChangeSet changes) {
    long now = clock.millis();
    for (Instrument inst : market.instruments()) {
      if (inst.instType().equals("FUTURES") && inst.isLive() && inst.expTime() != 0 && inst.expTime() <= now) {
        deliver(inst, accounts, now);
        changes.market(inst.instId());
      }
    }
  }

  private void deliver(Instrument inst, Collection<Account> accounts, long now) {
    market.setState(inst.instId(), Instrument.EXPIRED);
    BigDecimal mark = market.markPrice(inst.instId());
    for (Account account : accounts) {
      for (Order order : List.copyOf(account.pending.values())) {
        if (order.instrument.instId().equals(inst.instId())) {
          MatchingEngine.finish(account, order, OrderState.CANCELED, now);
        }
      }
      for (Account.MutablePosition position : account.positions.values()) {
        if (position.instId.equals(inst.instId()) && position.pos.signum() != 0) {
          settle(account, inst, position, mark, now);
        }
      }
    }
  }

  private void settle(Account account, Instrument inst, Account.MutablePosition p, BigDecimal mark, long now) {
    String ccy = inst.settleCcy();
    BigDecimal pnl = mark.subtract(p.avgPx).multiply(p.pos).multiply(inst.ctVal());
    BillKind kind = p.pos.signum() > 0 ? BillKind.DELIVERY_LONG : BillKind.DELIVERY_SHORT;
    BigDecimal size = p.pos.abs();
    account.wallet.releaseMargin(ccy, p.margin);
    if (pnl.signum() >= 0) {
      account.wallet.credit(ccy, pnl);
    } else {
      account.wallet.debitUpTo(ccy, pnl.negate());
    }
    p.realizedPnl = p.realizedPnl.add(pnl);
    p.pos = BigDecimal.ZERO;
    p.margin = BigDecimal.ZERO;
    p.avgPx = BigDecimal.ZERO;
    p.uTime = now;
    account.addBill(new Bill(newBillId.get(), kind, ccy, pnl, account.wallet.total(ccy), inst.instType(),
        inst.instId(), p.mgnMode.wire(), size, mark, pnl, BigDecimal.ZERO, "", "", "", "", now));
    account.updated = now;
    account.touch();
  }
}
