package dev.okxtestkit.stream;

import dev.okxtestkit.catalogue.OkxApi;
import java.util.Optional;
import java.util.Set;

/**
 * The channels the simulator streams (https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws
 * and #trading-account-websocket): where each is served, whether it needs a login, and the argument
 * that names what to stream.
 */
enum Channel {
  TICKERS("tickers", Set.of(StreamPath.PUBLIC, StreamPath.PRIVATE), false, "instId"),
  BOOKS("books", Set.of(StreamPath.PUBLIC, StreamPath.PRIVATE), false, "instId"),
  BOOKS5("books5", Set.of(StreamPath.PUBLIC, StreamPath.PRIVATE), false, "instId"),
  BBO_TBT("bbo-tbt", Set.of(StreamPath.PUBLIC, StreamPath.PRIVATE), false, "instId"),
  MARK_PRICE("mark-price", Set.of(StreamPath.PUBLIC, StreamPath.PRIVATE), false, "instId"),
  FUNDING_RATE("funding-rate", Set.of(StreamPath.PUBLIC, StreamPath.PRIVATE), false, "instId"),
  TRADES("trades", Set.of(StreamPath.PUBLIC, StreamPath.PRIVATE), false, "instId"),
  /** {@code candle1m}, {@code candle1H}, … {@code candle1Dutc}: the bar follows the family's name. */
  CANDLE("candle", Set.of(StreamPath.BUSINESS), false, "instId"),
  MARK_PRICE_CANDLE("mark-price-candle", Set.of(StreamPath.BUSINESS), false, "instId"),
  INDEX_CANDLE("index-candle", Set.of(StreamPath.BUSINESS), false, "instId"),
  ACCOUNT("account", Set.of(StreamPath.PRIVATE), true, null),
  BALANCE_AND_POSITION("balance_and_position", Set.of(StreamPath.PRIVATE), true, null),
  POSITIONS("positions", Set.of(StreamPath.PRIVATE), true, "instType"),
  ORDERS("orders", Set.of(StreamPath.PRIVATE), true, "instType"),
  /** On {@code /business}, as OKX moved it there. */
  ORDERS_ALGO("orders-algo", Set.of(StreamPath.BUSINESS), true, "instType");

  private static final Set<String> BARS = Set.copyOf(OkxApi.candleBars());

  private final String wire;
  /**
   * OKX serves market channels on {@code /public}; XChange subscribes them on its {@code /private}
   * connection too, so the simulator serves them there as well.
   */
  private final Set<StreamPath> paths;
  private final boolean needsLogin;
  private final String requiredArg;

  Channel(String wire, Set<StreamPath> paths, boolean needsLogin, String requiredArg) {
    this.wire = wire;
    this.paths = paths;
    this.needsLogin = needsLogin;
    this.requiredArg = requiredArg;
  }

  /** The channel {@code wire} names on {@code path}; for a candle family, whatever follows its name is the bar. */
  static Optional<Channel> of(String wire, StreamPath path) {
    for (Channel c : values()) {
      boolean named = c.isCandles() ? wire.startsWith(c.wire) && wire.length() > c.wire.length() : c.wire.equals(wire);
      if (named && c.paths.contains(path)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code wire} names a channel the simulator streams, on any path (a candle's bar included). */
  static boolean exists(String wire) {
    for (StreamPath path : StreamPath.values()) {
      Optional<Channel> channel = of(wire, path);
      if (channel.isPresent()) {
        return !channel.get().isCandles() || BARS.contains(wire.substring(channel.get().wire.length()));
      }
    }
    return false;
  }

  /** The bar a candle channel names after its family's name, e.g. {@code 1m} of {@code candle1m}. */
  static boolean isBar(String bar) {
    return BARS.contains(bar);
  }

  /**
   * OKX counts the connections of one account that subscribe these (at most 30 each) and tells each new
   * subscriber the count in a {@code channel-conn-count} event.
   */
  boolean countsConnections() {
    return this == ORDERS || this == ACCOUNT || this == POSITIONS || this == BALANCE_AND_POSITION;
  }

  boolean isCandles() {
    return this == CANDLE || this == MARK_PRICE_CANDLE || this == INDEX_CANDLE;
  }

  String wire() {
    return wire;
  }

  boolean needsLogin() {
    return needsLogin;
  }

  /** The argument a subscription must carry, or null. */
  String requiredArg() {
    return requiredArg;
  }

  boolean isMarket() {
    return !needsLogin;
  }
}
