package dev.okxtestkit.exchange;

import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Market;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Perpetual swap funding, settled every 8 hours of simulator time (00:00, 08:00 and 16:00 UTC): each open
 * swap position pays or receives its value at the mark price times the swap's funding rate; longs pay
 * when the rate is positive. Settled lazily when the exchange is next used, so moving the simulator
 * clock over a funding time settles it. See OKX's funding rate section
 * (https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate).
 */
final class Funding {

  static final long INTERVAL = Duration.ofHours(8).toMillis();
  /** A clock moved years ahead settles at most this many periods, then skips to now. */
  private static final int MAX_PERIODS = 10_000;

  private final Market market;
  private final Clock clock;
  private final Supplier<String> newBillId;
  private long next;
  /** The latest funding time settled: never settled again, whichever way the clock moves. */
  private long lastSettled = Long.MIN_VALUE;

  Funding(Market market, Clock clock, Supplier<String> newBillId) {
    this.market = market;
    this.clock = clock;
    this.newBillId = newBillId;
    this.next = after(clock.millis());
  }

  /** The next settlement time (epoch ms). */
  long next() {
    return next;
  }

  /** Settles every funding time the clock has passed since the last call. */
  void settleDue(Collection<Account> accounts) {
    long now = clock.millis();
    if (next - now > INTERVAL) {
      // The clock went back: funding resumes from there, but nothing already settled is paid twice.
      next = Math.max(after(now), lastSettled + INTERVAL);
      return;
    }
    for (int periods = 0; now >= next && periods < MAX_PERIODS; periods++) {
      settle(accounts, next);
      lastSettled = next;
      next += INTERVAL;
    }
    if (now >= next) {
      next = after(now);
    }
  }

  private void settle(Collection<Account> accounts, long fundingTime) {
    for (Instrument inst : market.instruments()) {
      if (market.fundingRate(inst.instId()).isPresent()) {
        market.recordFunding(inst.instId(), fundingTime);
      }
    }
    for (Account account : accounts) {
      for (Account.MutablePosition position : account.positions.values()) {
        if (position.pos.signum() != 0) {
          market.fundingRate(position.instId).ifPresent(rate -> pay(account, position, rate, fundingTime));
        }
      }
    }
  }

  private void pay(Account account, Account.MutablePosition position, BigDecimal rate, long fundingTime) {
    Instrument inst = market.instrument(position.instId).orElseThrow();
    BigDecimal mark = market.markPrice(position.instId);
    BigDecimal amount = position.pos.multiply(inst.ctVal()).multiply(mark).multiply(rate).negate()
        .setScale(8, RoundingMode.HALF_EVEN);
    String ccy = inst.settleCcy();
    if (amount.signum() >= 0) {
      account.wallet.credit(ccy, amount);
    } else {
      account.wallet.debitUpTo(ccy, amount.negate());
    }
    position.fundingFee = position.fundingFee.add(amount);
    account.touch();
    account.addBill(new Bill(newBillId.get(),
        amount.signum() >= 0 ? BillKind.FUNDING_INCOME : BillKind.FUNDING_EXPENSE, ccy, amount,
        account.wallet.total(ccy), inst.instType(), inst.instId(), position.mgnMode.wire(), position.pos.abs(),
        mark, BigDecimal.ZERO, BigDecimal.ZERO, "", "", "", "", fundingTime));
    account.updated = fundingTime;
  }

  private static long after(long now) {
    return Math.floorDiv(now, INTERVAL) * INTERVAL + INTERVAL;
  }
}
