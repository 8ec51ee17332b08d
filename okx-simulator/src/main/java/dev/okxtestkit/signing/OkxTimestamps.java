package dev.okxtestkit.signing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The REST timestamp format OKX requires: ISO-8601 UTC with exactly three fractional digits and 'Z'. */
public final class OkxTimestamps {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern STRICT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

  private OkxTimestamps() {}

  /** {@code 2020-12-08T09:08:57.715Z} for that instant (truncated to milliseconds). */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** The instant of a header value in exactly OKX's format; empty for anything else. */
  public static Optional<Instant> parse(String header) {
    if (header == null || !STRICT.matcher(header).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(header));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // well-formed but impossible, e.g. month 13
    }
  }
}
