package dev.okxtestkit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickerThrottleTest {

  private static final long MS = 1_000_000L;
  private final TickerThrottle throttle = new TickerThrottle();

  @Test
  void theFirstChangeGoesOutAtOnceAndChangesWithinTheIntervalWaitForIt() {
    assertThat(throttle.pushNow("BTC-USDT", 0)).isTrue();
    assertThat(throttle.pushNow("BTC-USDT", 30 * MS)).isFalse();
    assertThat(throttle.pushNow("BTC-USDT", 60 * MS)).as("the waiting push carries this change too").isFalse();
    assertThat(throttle.due(99 * MS)).isEmpty();

    assertThat(throttle.due(100 * MS)).containsExactly("BTC-USDT");
    assertThat(throttle.due(150 * MS)).as("one push for the two changes").isEmpty();
  }

  @Test
  void aChangeAfterAQuietIntervalGoesOutAtOnce() {
    assertThat(throttle.pushNow("BTC-USDT", 0)).isTrue();
    assertThat(throttle.pushNow("BTC-USDT", 100 * MS)).isTrue();
    assertThat(throttle.pushNow("BTC-USDT", 250 * MS)).isTrue();
    assertThat(throttle.due(400 * MS)).isEmpty();
  }

  @Test
  void theIntervalCountsFromTheWaitingPushNotFromTheChange() {
    throttle.pushNow("BTC-USDT", 0);
    throttle.pushNow("BTC-USDT", 90 * MS);
    assertThat(throttle.due(100 * MS)).containsExactly("BTC-USDT");

    assertThat(throttle.pushNow("BTC-USDT", 150 * MS)).as("50 ms after the waiting push went out").isFalse();
    assertThat(throttle.due(200 * MS)).containsExactly("BTC-USDT");
  }

  @Test
  void instrumentsAreThrottledEachOnItsOwn() {
    assertThat(throttle.pushNow("BTC-USDT", 0)).isTrue();
    assertThat(throttle.pushNow("ETH-USDT", 10 * MS)).isTrue();
    assertThat(throttle.pushNow("BTC-USDT", 20 * MS)).isFalse();
    assertThat(throttle.pushNow("ETH-USDT", 30 * MS)).isFalse();

    assertThat(throttle.due(100 * MS)).containsExactly("BTC-USDT");
    assertThat(throttle.due(110 * MS)).containsExactly("ETH-USDT");
  }
}
