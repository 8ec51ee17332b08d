package dev.okxtestkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.SimulationConfig;
import dev.okxtestkit.control.OkxControl;
import dev.okxtestkit.market.Side;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks that a spot account adds up after concurrent trading. */
public final class AccountInvariants {

  private AccountInvariants() {}

  /**
   * What the key's fills say it traded is exactly what its balances moved from the defaults, what is
   * frozen is what its open orders hold, nothing is negative, and it traded at all.
   */
  public static void assertAddsUp(Exchange exchange, String key) {
    assertAddsUp(key, exchange.fills(key), exchange.orders(key), exchange.balances(key));
  }

  /** The same, read through a simulator's control. */
  public static void assertAddsUp(OkxControl control, String key) {
    assertAddsUp(key, control.fills(key), control.orders(key), control.balances(key));
  }

  private static void assertAddsUp(String key, List<Fill> fills, List<OrderView> orders, List<Balance> balances) {
    Map<String, BigDecimal> expected = new HashMap<>(SimulationConfig.DEFAULT_BALANCES);
    for (Fill f : fills) {
      BigDecimal notional = f.fillPx().multiply(f.fillSz());
      if (f.side() == Side.BUY) {
        expected.merge("BTC", f.fillSz().add(f.fee()), BigDecimal::add); // fee is negative
        expected.merge("USDT", notional.negate(), BigDecimal::add);
      } else {
        expected.merge("BTC", f.fillSz().negate(), BigDecimal::add);
        expected.merge("USDT", notional.add(f.fee()), BigDecimal::add);
      }
    }
    BigDecimal heldUsdt = BigDecimal.ZERO;
    BigDecimal heldBtc = BigDecimal.ZERO;
    for (OrderView o : orders) {
      if (o.state().isPending()) {
        BigDecimal remaining = o.sz().subtract(o.accFillSz());
        if (o.side() == Side.BUY) {
          heldUsdt = heldUsdt.add(o.px().multiply(remaining));
        } else {
          heldBtc = heldBtc.add(remaining);
        }
      }
    }
    for (Balance b : balances) {
      assertThat(b.available().signum()).as(key + " " + b.currency() + " available").isNotNegative();
      assertThat(b.total()).as(key + " " + b.currency() + " total").isEqualByComparingTo(expected.get(b.currency()));
      BigDecimal held = b.currency().equals("USDT") ? heldUsdt : b.currency().equals("BTC") ? heldBtc : BigDecimal.ZERO;
      assertThat(b.orderFrozen()).as(key + " " + b.currency() + " frozen").isEqualByComparingTo(held);
      assertThat(b.frozen()).isEqualByComparingTo(b.orderFrozen());
    }
    assertThat(fills).as(key + " traded").isNotEmpty();
  }
}
