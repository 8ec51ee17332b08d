package dev.okxtestkit.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.catalogue.RateLimit;
import dev.okxtestkit.catalogue.RateLimitKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rate limiter's memory: expired windows go, and the number of windows has a cap. */
class RateLimiterTest {

  private static final RateLimit TEN_PER_TWO_SECONDS = RateLimit.of(10, 2, RateLimitKey.IP);

  private final SimulatorClock clock = SimulatorClock.fixed(Instant.parse("2026-01-01T00:00:00.000Z"));

  @Test
  void thousandsOfDistinctKeysNeverTrackMoreThanTheCap() {
    RateLimiter limiter = new RateLimiter(clock, true, 1_000);

    for (int i = 0; i < 5_000; i++) {
      limiter.tryAcquire("GET /api/v5/public/time 10.0." + (i / 256) + "." + (i % 256), TEN_PER_TWO_SECONDS, 1);
    }

    assertThat(limiter.trackedKeys()).isEqualTo(1_000);
  }

  @Test
  void aNewKeyBeyondTheCapIsRefusedWhileTheTrackedOnesGoOn() {
    RateLimiter limiter = new RateLimiter(clock, true, 3);
    for (String key : new String[] {"a", "b", "c"}) {
      assertThat(limiter.tryAcquire(key, TEN_PER_TWO_SECONDS, 1)).isTrue();
    }

    assertThat(limiter.tryAcquire("d", TEN_PER_TWO_SECONDS, 1)).isFalse();
    assertThat(limiter.tryAcquire("a", TEN_PER_TWO_SECONDS, 1)).isTrue();
    assertThat(limiter.trackedKeys()).isEqualTo(3);
  }

  @Test
  void expiredWindowsAreDroppedOnceTheirTimeHasPassed() {
    RateLimiter limiter = new RateLimiter(clock, true);
    for (int i = 0; i < 5_000; i++) {
      limiter.tryAcquire("key-" + i, TEN_PER_TWO_SECONDS, 1);
    }
    assertThat(limiter.trackedKeys()).isEqualTo(5_000);

    clock.advance(Duration.ofSeconds(2));
    limiter.tryAcquire("key-after", TEN_PER_TWO_SECONDS, 1);

    assertThat(limiter.trackedKeys()).isEqualTo(1);
  }

  @Test
  void windowsStillInUseAreKept() {
    RateLimiter limiter = new RateLimiter(clock, true);
    limiter.tryAcquire("old", TEN_PER_TWO_SECONDS, 1);
    clock.advance(Duration.ofMillis(1_500));
    limiter.tryAcquire("recent", TEN_PER_TWO_SECONDS, 1);

    clock.advance(Duration.ofMillis(1_000)); // "old" ran out, "recent" has 0.5 s to go
    limiter.tryAcquire("recent", TEN_PER_TWO_SECONDS, 1);

    assertThat(limiter.trackedKeys()).isEqualTo(1);
  }

  @Test
  void aFullCapMakesRoomOnceWindowsRunOut() {
    RateLimiter limiter = new RateLimiter(clock, true, 3);
    for (String key : new String[] {"a", "b", "c"}) {
      limiter.tryAcquire(key, TEN_PER_TWO_SECONDS, 1);
    }
    clock.advance(Duration.ofMillis(2_001));

    assertThat(limiter.tryAcquire("d", TEN_PER_TWO_SECONDS, 1)).isTrue();
    assertThat(limiter.trackedKeys()).isEqualTo(1);
  }

  @Test
  void theLimitItselfStillHolds() {
    RateLimiter limiter = new RateLimiter(clock, true);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.tryAcquire("k", TEN_PER_TWO_SECONDS, 1)).isTrue();
    }

    assertThat(limiter.tryAcquire("k", TEN_PER_TWO_SECONDS, 1)).isFalse();
    clock.advance(Duration.ofSeconds(2));
    assertThat(limiter.tryAcquire("k", TEN_PER_TWO_SECONDS, 1)).isTrue();
  }
}
