package dev.okxtestkit;

import dev.okxtestkit.control.OkxControlException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The limits control values must keep, checked before anything changes. Amounts and prices are
 * decimals as OKX writes them: at most {@value #MAX_FRACTION_DIGITS} fraction digits (OKX's finest
 * precision) and {@value #MAX_INTEGER_DIGITS} integer digits; a value like {@code 1e-100000000} would make
 * every later sum crawl. The clock stays between 1970 and 9999, so no time computation overflows.
 */
final class ControlValues {

  static final int MAX_FRACTION_DIGITS = 18;
  static final int MAX_INTEGER_DIGITS = 30;
  static final Instant EARLIEST = Instant.EPOCH;
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private ControlValues() {}

  /** A balance or size: zero or more. */
  static BigDecimal amount(String field, BigDecimal value) {
    return bounded(field, value, false);
  }

  /** A price: more than zero. */
  static BigDecimal price(String field, BigDecimal value) {
    return bounded(field, value, true);
  }

  /** A funding rate per period: from -1 to 1 (OKX caps real rates far lower). */
  static BigDecimal rate(String field, BigDecimal value) {
    if (value == null) {
      throw new OkxControlException(field + " is required");
    }
    if (value.abs().compareTo(BigDecimal.ONE) > 0 || value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
      throw new OkxControlException(field + " must lie between -1 and 1 with at most " + MAX_FRACTION_DIGITS
          + " fraction digits, not " + value.toPlainString());
    }
    return value;
  }

  private static BigDecimal bounded(String field, BigDecimal value, boolean positive) {
    if (value == null) {
      throw new OkxControlException(field + " is required");
    }
    if (positive ? value.signum() <= 0 : value.signum() < 0) {
      throw new OkxControlException(field + (positive ? " must be greater than 0" : " must not be negative")
          + ", not " + value.toPlainString());
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > MAX_FRACTION_DIGITS || stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
      throw new OkxControlException(field + " must have at most " + MAX_INTEGER_DIGITS + " integer and "
          + MAX_FRACTION_DIGITS + " fraction digits, as OKX's amounts do");
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : value;
  }

  /** The clock may show {@code instant}. */
  static Instant instant(String field, Instant instant) {
    if (instant == null || instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new OkxControlException(field + " must lie between " + EARLIEST + " and " + LATEST);
    }
    return instant;
  }

  /** {@code from} moved by {@code amount}, if that stays within the clock's range. */
  static Instant shifted(String field, Instant from, Duration amount) {
    try {
      return instant(field, from.plus(amount));
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw new OkxControlException(field + " moves the clock out of " + EARLIEST + " to " + LATEST);
    }
  }

  /** A value a client sent, cut for an error message (a huge one would bloat the answer and the log). */
  static String shorten(String value) {
    return value.length() <= 64 ? value : value.substring(0, 64) + "...";
  }
}
