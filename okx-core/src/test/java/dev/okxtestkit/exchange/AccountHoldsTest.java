package dev.okxtestkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.market.Side;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an open order holds and the wallet's frozen funds always move together. */
class AccountHoldsTest {

  private static final Instrument BTC_USDT = Instrument.spot("BTC-USDT", "0.1", "0.00000001", "0.00001");

  private final Account account = new Account("key", new ChangeSet(), Map.of("USDT", new BigDecimal("10000")), 0L);
  private final Order order = limitBuy("0.1", "40000");

  @Test
  void reservingFreezesTheHoldAndRecordsItOnTheOrder() {
    assertThat(account.reserve(order, usdt("4000"))).isTrue();

    assertThat(order.hold).isEqualTo(usdt("4000"));
    assertThat(usdtBalance()).isEqualTo(new Balance("USDT", new BigDecimal("6000"), new BigDecimal("4000"),
        new BigDecimal("4000")));
  }

  @Test
  void aHoldThatIsNotAvailableIsRefusedAndNothingMoves() {
    assertThat(account.reserve(order, usdt("10000.01"))).isFalse();

    assertThat(order.hold).isEqualTo(Hold.NONE);
    assertThat(usdtBalance().available()).isEqualByComparingTo("10000");
    assertThat(usdtBalance().frozen()).isEqualByComparingTo("0");
  }

  @Test
  void aFillReleasesItsPartAndTheEndReleasesTheRest() {
    account.reserve(order, usdt("4000"));

    account.release(order, new BigDecimal("1500"));

    assertThat(order.hold).isEqualTo(usdt("2500"));
    assertThat(usdtBalance().orderFrozen()).isEqualByComparingTo("2500");

    account.release(order, new BigDecimal("9999")); // never more than the order holds

    assertThat(order.hold.amount()).isEqualByComparingTo("0");
    assertThat(usdtBalance().available()).isEqualByComparingTo("10000");
    assertThat(usdtBalance().frozen()).isEqualByComparingTo("0");
  }

  @Test
  void releaseAllGivesBackWhatTheOrderHolds() {
    account.reserve(order, usdt("4000"));

    account.releaseAll(order);

    assertThat(order.hold.amount()).isEqualByComparingTo("0");
    assertThat(usdtBalance().available()).isEqualByComparingTo("10000");
  }

  @Test
  void anAmendReplacesTheHoldCountingWhatTheOrderGivesBack() {
    account.reserve(order, usdt("4000"));

    account.amend(order, new BigDecimal("45000"), new BigDecimal("0.2"), o -> usdt("9000"));

    assertThat(order.px).isEqualByComparingTo("45000");
    assertThat(order.sz).isEqualByComparingTo("0.2");
    assertThat(order.hold).isEqualTo(usdt("9000"));
    assertThat(usdtBalance()).isEqualTo(new Balance("USDT", new BigDecimal("1000"), new BigDecimal("9000"),
        new BigDecimal("9000")));
  }

  @Test
  void anAmendThatCannotBePaidForLeavesTheOrderAndTheWalletAsTheyWere() {
    account.reserve(order, usdt("4000"));
    Balance before = usdtBalance();

    boolean amended = account.amend(order, new BigDecimal("45000"), new BigDecimal("0.3"), o -> usdt("13500"));

    assertThat(amended).isFalse();
    assertThat(order.px).isEqualByComparingTo("40000");
    assertThat(order.sz).isEqualByComparingTo("0.1");
    assertThat(order.hold).isEqualTo(usdt("4000"));
    assertThat(usdtBalance().available()).isEqualByComparingTo(before.available());
    assertThat(usdtBalance().frozen()).isEqualByComparingTo(before.frozen());
    assertThat(usdtBalance().orderFrozen()).isEqualByComparingTo(before.orderFrozen());
  }

  @Test
  void theNewHoldIsComputedFromTheAmendedOrder() {
    account.reserve(order, usdt("4000"));

    account.amend(order, new BigDecimal("30000"), new BigDecimal("0.2"), o -> usdt(o.px.multiply(o.remaining()).toPlainString()));

    assertThat(order.hold.amount()).isEqualByComparingTo("6000");
  }

  private static Order limitBuy(String sz, String px) {
    OrderRequest request = new OrderRequest(BTC_USDT, Side.BUY, OrderType.LIMIT, TradeMode.CASH, PositionSide.NET, null,
        new BigDecimal(px), new BigDecimal(sz));
    return new Order(1L, "", "", request, 1, 0L);
  }

  private static Hold usdt(String amount) {
    return new Hold("USDT", new BigDecimal(amount));
  }

  private Balance usdtBalance() {
    return account.wallet.balances().stream().filter(b -> b.currency().equals("USDT")).findFirst().orElseThrow();
  }
}
