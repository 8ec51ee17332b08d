package dev.okxtestkit.market;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The instruments a new simulator lists, with the tick and lot sizes OKX uses for them. */
public final class Instruments {

  private Instruments() {}

  public static List<Instrument> defaults() {
    List<Instrument> spot = List.of(
        Instrument.spot("BTC-USDT", "0.1", "0.00000001", "0.00001"),
        Instrument.spot("ETH-USDT", "0.01", "0.000001", "0.0001"),
        Instrument.spot("OKB-USDT", "0.001", "0.000001", "0.01"),
        Instrument.spot("SOL-USDT", "0.01", "0.000001", "0.01"),
        Instrument.spot("ETH-BTC", "0.00001", "0.000001", "0.0001"),
        Instrument.spot("BTC-USDC", "0.1", "0.00000001", "0.00001"));
    List<Instrument> all = new ArrayList<>(spot);
    spot.stream().filter(i -> i.quoteCcy().equals("USDT")).forEach(i -> all.add(i.asMargin("10")));
    all.add(Instrument.linearSwap("BTC-USDT-SWAP", "0.01", "0.1", "0.01"));
    all.add(Instrument.linearSwap("ETH-USDT-SWAP", "0.1", "0.01", "0.01"));
    return all;
  }

  /**
   * The defaults plus BTC-USDT dated futures as OKX lists them at {@code now}: this week's, next week's and
   * the quarter's (delivered on Fridays at 08:00 UTC; the quarter's on the last Friday of March, June,
   * September or December after next week's).
   */
  public static List<Instrument> defaults(Instant now) {
    List<Instrument> all = new ArrayList<>(defaults());
    Instant thisWeek = nextFriday(now);
    Instant nextWeek = thisWeek.plus(Duration.ofDays(7));
    all.add(Instrument.linearFuture("BTC-USDT", thisWeek, "this_week", "0.01", "0.1", "0.1"));
    all.add(Instrument.linearFuture("BTC-USDT", nextWeek, "next_week", "0.01", "0.1", "0.1"));
    all.add(Instrument.linearFuture("BTC-USDT", quarterAfter(nextWeek), "quarter", "0.01", "0.1", "0.1"));
    return all;
  }

  /** The first Friday 08:00 UTC after {@code now}. */
  static Instant nextFriday(Instant now) {
    ZonedDateTime at = now.atZone(ZoneOffset.UTC).withHour(8).withMinute(0).withSecond(0)
        .withNano(0).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    return at.toInstant().isAfter(now) ? at.toInstant() : at.plusWeeks(1).toInstant();
  }

  /** The last Friday 08:00 UTC of a quarter's last month that comes after {@code after}. */
  static Instant quarterAfter(Instant after) {
    ZonedDateTime month = after.atZone(ZoneOffset.UTC).withDayOfMonth(1).withHour(8)
        .withMinute(0).withSecond(0).withNano(0);
    while (true) {
      if (month.getMonthValue() % 3 == 0) {
        ZonedDateTime friday =
            month.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
        if (friday.toInstant().isAfter(after)) {
          return friday.toInstant();
        }
      }
      month = month.plusMonths(1);
    }
  }

  /** Starting prices, so every run starts from the same market. */
  public static java.util.Map<String, java.math.BigDecimal> defaultPrices() {
    return java.util.Map.of(
        "BTC-USDT", new java.math.BigDecimal("43000"),
        "ETH-USDT", new java.math.BigDecimal("2300"),
        "OKB-USDT", new java.math.BigDecimal("50"),
        "SOL-USDT", new java.math.BigDecimal("100"),
        "ETH-BTC", new java.math.BigDecimal("0.05349"),
        "BTC-USDC", new java.math.BigDecimal("43000"),
        "BTC-USDT-SWAP", new java.math.BigDecimal("43000"),
        "ETH-USDT-SWAP", new java.math.BigDecimal("2300"));
  }
}
