package dev.okxtestkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalletTest {

  private final Wallet wallet = new Wallet(Map.of("USDT", new BigDecimal("1000"), "BTC", BigDecimal.ONE));

  @Test
  void freezingForAnOrderMovesAvailableToFrozenAndOrderFrozen() {
    wallet.freezeForOrder("USDT", new BigDecimal("300"));

    assertThat(balance("USDT")).isEqualTo(new Balance("USDT", new BigDecimal("700"), new BigDecimal("300"),
        new BigDecimal("300")));
    assertThat(balance("USDT").total()).isEqualByComparingTo("1000");
  }

  @Test
  void releasingGivesBackAtMostWhatOrdersHold() {
    wallet.freezeForOrder("USDT", new BigDecimal("300"));

    wallet.releaseFromOrder("USDT", new BigDecimal("500"));

    assertThat(balance("USDT").available()).isEqualByComparingTo("1000");
    assertThat(balance("USDT").frozen()).isEqualByComparingTo("0");
    assertThat(balance("USDT").orderFrozen()).isEqualByComparingTo("0");
  }

  @Test
  void marginStaysFrozenButNoLongerCountsAsHeldByOrders() {
    wallet.freezeForOrder("USDT", new BigDecimal("300"));
    wallet.orderToMargin("USDT", new BigDecimal("100"));

    assertThat(balance("USDT").frozen()).isEqualByComparingTo("300");
    assertThat(balance("USDT").orderFrozen()).isEqualByComparingTo("200");

    wallet.releaseMargin("USDT", new BigDecimal("250")); // only 100 is margin

    assertThat(balance("USDT").available()).isEqualByComparingTo("800");
    assertThat(balance("USDT").frozen()).isEqualByComparingTo("200");
    assertThat(balance("USDT").orderFrozen()).isEqualByComparingTo("200");
  }

  @Test
  void aLossBeyondWhatIsAvailableStopsAtZero() {
    wallet.debitUpTo("BTC", new BigDecimal("3"));

    assertThat(balance("BTC").available()).isEqualByComparingTo("0");
  }

  @Test
  void freezingOrDebitingMoreThanIsAvailableIsABug() {
    assertThatThrownBy(() -> wallet.freezeForOrder("BTC", new BigDecimal("1.5")))
        .isInstanceOf(IllegalStateException.class).hasMessage("not enough BTC: 1 < 1.5");
    assertThatThrownBy(() -> wallet.debit("USDT", new BigDecimal("1000.01")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(balance("BTC").available()).isEqualByComparingTo("1");
  }

  @Test
  void coversComparesAHoldWithWhatIsAvailable() {
    assertThat(wallet.covers(new Hold("USDT", new BigDecimal("1000")))).isTrue();
    assertThat(wallet.covers(new Hold("USDT", new BigDecimal("1000.00000001")))).isFalse();
  }

  @Test
  void aCurrencyLookedAtShowsInTheBalancesInCurrencyOrder() {
    wallet.available("ETH");
    wallet.credit("ADA", BigDecimal.TEN);

    assertThat(wallet.balances()).extracting(Balance::currency).containsExactly("ADA", "BTC", "ETH", "USDT");
  }

  private Balance balance(String ccy) {
    return wallet.balances().stream().filter(b -> b.currency().equals(ccy)).findFirst().orElseThrow();
  }
}
