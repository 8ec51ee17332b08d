package dev.okxtestkit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BookChecksumTest {

  @Test
  void crc32MatchesOkxsWorkedExamples() {
    // OKX's older docs: bids 3366.1/7, 3366/6 and asks 3366.8/9, 3368/8 give -1881014294.
    assertThat(BookChecksum.CRC32.of(List.of(List.of("3366.1", "7"), List.of("3366", "6")),
        List.of(List.of("3366.8", "9"), List.of("3368", "8")))).isEqualTo(-1881014294);
    // A shorter side's missing entries are skipped: bids 3366.1/7; asks 3366.8/9, 3368/8, 3372/8.
    assertThat(BookChecksum.CRC32.of(List.of(List.of("3366.1", "7")),
        List.of(List.of("3366.8", "9"), List.of("3368", "8"), List.of("3372", "8")))).isEqualTo(831078360);
  }

  @Test
  void zeroIsWhatOkxSendsNow() {
    assertThat(BookChecksum.ZERO.of(List.of(List.of("1", "1")), List.of())).isZero();
  }
}
