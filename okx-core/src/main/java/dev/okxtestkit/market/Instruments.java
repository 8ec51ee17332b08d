package dev.okxtestkit.market;

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
