package dev.okxtestkit.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void medianOfOddAndEvenSampleCounts() {
    assertThat(Comparison.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    assertThat(Comparison.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }

  @Test
  void ratioIsSimulatorOverBareWireMockOfMedians() {
    Comparison throughput = new Comparison("throughput", "req/s", Comparison.Target.atLeast(0.9),
        List.of(90.0, 100.0, 10.0), List.of(100.0, 100.0, 100.0));
    Comparison start = new Comparison("start", "ms", Comparison.Target.atMost(1.3),
        List.of(1400.0), List.of(1000.0));

    assertThat(throughput.ratio()).isEqualTo(0.9);
    assertThat(throughput.met()).isTrue();
    assertThat(start.met()).isFalse();
  }
}
