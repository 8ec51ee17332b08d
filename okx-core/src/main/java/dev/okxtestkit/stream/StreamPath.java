package dev.okxtestkit.stream;

import java.util.Locale;
import java.util.Optional;

/**
 * OKX's three WebSocket endpoints, {@code /ws/v5/public}, {@code /private} and {@code /business}
 * (https://www.okx.com/docs-v5/en/#overview-production-trading-services). A query such as ccxt's and
 * XChange's {@code ?brokerId=9999} on demo URLs is accepted and ignored.
 */
public enum StreamPath {
  PUBLIC,
  PRIVATE,
  BUSINESS;

  /** The base the three paths hang from. */
  public static final String BASE = "/ws/v5/";

  /** The endpoint of a handshake's request target; empty for any other path. */
  public static Optional<StreamPath> of(String target) {
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (!path.startsWith(BASE)) {
      return Optional.empty();
    }
    String name = path.substring(BASE.length());
    for (StreamPath p : values()) {
      if (p.name().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public String path() {
    return BASE + name().toLowerCase(Locale.ROOT);
  }
}
