package dev.okxtestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.auth.AuthFailure;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

class ClockControlTest {

  @Test
  void aTestControlsTheClockAndTheNextTestHasSystemTimeAgain() {
    TestKit.run(ClockTestCases.class).allEvents().assertStatistics(s -> s.failed(0).succeeded(5));
  }

  @Test
  void clockControlRunsAloneUnderParallelExecution() {
    TestKit.runInParallel(ClockTestCases.class, ParallelReaderTestCases.class)
        .allEvents().assertStatistics(s -> s.failed(0));
  }

  @OkxSimulator
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ClockTestCases {
    @Test
    @Order(1)
    @ResourceLock(OkxSimulatorHandle.CLOCK_LOCK)
    void fixedClockRejectsARequestSignedAtRealTime(OkxSimulatorHandle okx) {
      okx.fixClock(Instant.now().minus(Duration.ofHours(1)));
      var response = OkxHttp.get(okx.baseUrl(), okx.credentials(), OkxHttp.BALANCE);
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(okx.consumeAuthFailures()).extracting(AuthFailure::code).containsExactly("50102");
    }

    @Test
    @Order(2)
    @ResourceLock(OkxSimulatorHandle.CLOCK_LOCK)
    void theClockIsBackToSystemTime(OkxSimulatorHandle okx) {
      assertThat(Duration.between(okx.now(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
      assertThat(OkxHttp.get(okx.baseUrl(), okx.credentials(), OkxHttp.BALANCE).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    @ResourceLock(OkxSimulatorHandle.CLOCK_LOCK)
    void advancesAndOffsets(OkxSimulatorHandle okx) {
      Instant start = Instant.parse("2024-01-01T00:00:00Z");
      okx.fixClock(start);
      okx.advanceClock(Duration.ofSeconds(10));
      assertThat(okx.now()).isEqualTo(start.plusSeconds(10));
      okx.offsetClock(Duration.ofDays(-1));
      assertThat(Duration.between(okx.now(), Instant.now().minus(Duration.ofDays(1))).abs())
          .isLessThan(Duration.ofSeconds(5));
      okx.useSystemClock();
      assertThat(Duration.between(okx.now(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
  }

  /** Reads the clock while {@link ClockTestCases} may change it; the lock keeps them apart. */
  @OkxSimulator
  static class ParallelReaderTestCases {
    @RepeatedTest(5)
    @ResourceLock(value = OkxSimulatorHandle.CLOCK_LOCK, mode = ResourceAccessMode.READ)
    void signsAtSystemTime(OkxSimulatorHandle okx) {
      assertThat(OkxHttp.get(okx.baseUrl(), okx.credentials(), OkxHttp.BALANCE).statusCode()).isEqualTo(200);
    }
  }
}
