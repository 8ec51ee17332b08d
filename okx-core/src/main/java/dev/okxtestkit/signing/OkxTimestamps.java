package dev.okxtestkit.signing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The REST timestamp format OKX requires: ISO-8601 UTC with exactly three fractional digits and 'Z'. */
public final class OkxTimestamps {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private OkxTimestamps() {}

  /** {@code 2020-12-08T09:08:57.715Z} for that instant (truncated to milliseconds). */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** {@code dddd-dd-ddTdd:dd:dd.dddZ}, checked by hand: this runs on every private request. */
  private static boolean hasOkxShape(String s) {
    if (s.length() != 24) {
      return false;
    }
    for (int i = 0; i < 24; i++) {
      char c = s.charAt(i);
      char expected = SHAPE.charAt(i);
      if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }

  private static final String SHAPE = "dddd-dd-ddTdd:dd:dd.dddZ";

  /** The instant of a header value in exactly OKX's format; empty for anything else. */
  public static Optional<Instant> parse(String header) {
    if (header == null || !hasOkxShape(header)) {
      return Optional.empty();
    }
    try {
      // By hand rather than Instant.parse: this runs on every private request.
      return Optional.of(LocalDateTime.of(digits(header, 0, 4), digits(header, 5, 7), digits(header, 8, 10),
              digits(header, 11, 13), digits(header, 14, 16), digits(header, 17, 19),
              digits(header, 20, 23) * 1_000_000)
          .toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty(); // well-formed but impossible, e.g. month 13
    }
  }
}
