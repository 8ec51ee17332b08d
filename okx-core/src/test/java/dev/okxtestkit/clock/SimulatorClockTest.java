package dev.okxtestkit.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorClockTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aStoppedClockMovesByEachAdvanceAndStaysStopped() {
    SimulatorClock clock = SimulatorClock.fixed(START);

    clock.advance(Duration.ofSeconds(31));
    clock.advance(Duration.ofSeconds(-1));

    assertThat(clock.instant()).isEqualTo(START.plusSeconds(30));
    assertThat(clock.instant()).isEqualTo(clock.instant());
  }

  @Test
  void aRunningClockKeepsRunningWithTheOffsetMoved() {
    SimulatorClock clock = SimulatorClock.system();

    clock.advance(Duration.ofHours(1));

    assertThat(Duration.between(Instant.now().plus(Duration.ofHours(1)), clock.instant()).abs())
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void hundredsOfThousandsOfAdvancesDoNotPileUpClocks() {
    // Each advance used to wrap the previous clock: reading one advanced 200,000 times overflowed the stack.
    SimulatorClock stopped = SimulatorClock.fixed(START);
    SimulatorClock running = SimulatorClock.system();
    for (int i = 0; i < 200_000; i++) {
      stopped.advance(Duration.ofMillis(1));
      running.advance(Duration.ofMillis(1));
    }

    assertThat(stopped.instant()).isEqualTo(START.plusSeconds(200));
    assertThat(Duration.between(Instant.now().plusSeconds(200), running.instant()).abs())
        .isLessThan(Duration.ofSeconds(5));
  }
}
