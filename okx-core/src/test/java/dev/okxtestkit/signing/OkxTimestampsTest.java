package dev.okxtestkit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OkxTimestampsTest {

  @Test
  void formatsWithExactlyThreeFractionalDigitsAndZ() {
    assertThat(OkxTimestamps.format(Instant.parse("2020-12-08T09:08:57Z"))).isEqualTo("2020-12-08T09:08:57.000Z");
    assertThat(OkxTimestamps.format(Instant.parse("2020-12-08T09:08:57.715987Z")))
        .isEqualTo("2020-12-08T09:08:57.715Z");
  }

  @Test
  void parsesOkxFormat() {
    assertThat(OkxTimestamps.parse("2020-12-08T09:08:57.715Z")).contains(Instant.parse("2020-12-08T09:08:57.715Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "1607418537715", "1607418537", "2020-12-08T09:08:57Z", "2020-12-08T09:08:57.715000Z",
      "2020-12-08T09:08:57.715+00:00", "2020-12-08 09:08:57.715Z", "2020-13-08T09:08:57.715Z", "", "garbage"})
  void refusesEverythingElse(String header) {
    assertThat(OkxTimestamps.parse(header)).isEmpty();
  }
}
