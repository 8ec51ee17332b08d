package dev.okxtestkit.exchange;

import dev.okxtestkit.protocol.WireValue;
import java.util.Optional;

/**
 * How an account keeps derivatives positions ({@code posMode}): one signed position per instrument, or
 * a long and a short one that orders name with {@code posSide}. See
 * <a href="https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-position-mode">Set position mode</a>.
 */
public enum PositionMode implements WireValue {
  NET_MODE("net_mode"),
  LONG_SHORT_MODE("long_short_mode");

  private final String wire;

  PositionMode(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** The mode OKX writes as {@code wire}; empty for anything else. */
  public static Optional<PositionMode> fromWire(String wire) {
    return WireValue.parse(PositionMode.class, wire);
  }
}
