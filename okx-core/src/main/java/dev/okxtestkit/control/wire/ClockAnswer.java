package dev.okxtestkit.control.wire;

import dev.okxtestkit.signing.OkxTimestamps;
import java.time.Instant;

/** {@code GET /__admin/okx/clock}: {@code {"now":"2026-01-01T00:00:00.000Z","epochMillis":1767225600000}}. */
public record ClockAnswer(String now, long epochMillis) {

  public static ClockAnswer of(Instant now) {
    return new ClockAnswer(OkxTimestamps.format(now), now.toEpochMilli());
  }

  public Instant instant() {
    return Instant.ofEpochMilli(epochMillis);
  }
}
