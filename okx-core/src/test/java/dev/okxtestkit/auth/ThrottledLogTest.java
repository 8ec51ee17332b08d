package dev.okxtestkit.auth;

import dev.okxtestkit.clock.SimulatorClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottledLogTest {

  private final SimulatorClock clock = SimulatorClock.fixed(Instant.parse("2026-01-02T03:04:05.000Z"));
  private final List<String> lines = new ArrayList<>();
  private final ThrottledLog log = new ThrottledLog(clock, 3, lines::add);

  @Test
  void writesUpToTheLimitEverySecond() {
    for (int second = 0; second < 3; second++) {
      log.log(() -> "a");
      log.log(() -> "b");
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(lines).containsExactly("a", "b", "a", "b", "a", "b");
  }

  @Test
  void countsTheLinesOverTheLimitAndSaysSoInALaterSecond() {
    for (int i = 0; i < 10; i++) {
      log.log(() -> "line");
    }
    clock.advance(Duration.ofMillis(999));
    log.log(() -> "same second");
    clock.advance(Duration.ofMillis(1));
    log.log(() -> "next second");

    assertThat(lines).containsExactly("line", "line", "line",
        "Suppressed 8 auth-failure log lines (more than 3 a second); every failure is in"
            + " GET /__admin/okx/auth-failures.",
        "next second");
  }

  @Test
  void buildsOnlyTheLinesItWrites() {
    int[] built = {0};
    for (int i = 0; i < 100; i++) {
      log.log(() -> "line " + ++built[0]);
    }

    assertThat(built[0]).isEqualTo(3);
  }
}
