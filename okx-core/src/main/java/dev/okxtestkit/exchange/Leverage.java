package dev.okxtestkit.exchange;

import java.util.HashMap;
import java.util.Map;

/**
 * An account's leverage settings, as OKX keeps them: per instrument and margin mode, and for isolated
 * margin in long/short mode per position side; cross margin has one leverage for both sides. Unset
 * settings are OKX's default for a new account. See
 * <a href="https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-leverage">Set leverage</a>.
 */
final class Leverage {

  /** OKX's leverage for an instrument nobody has set one for. */
  static final int DEFAULT = 10;

  private final Map<Key, Integer> settings = new HashMap<>();

  /** The leverage an order or position with these terms uses. */
  int of(String instId, TradeMode mgnMode, PositionSide posSide, PositionMode mode) {
    return settings.getOrDefault(key(instId, mgnMode, posSide, mode), DEFAULT);
  }

  void set(String instId, TradeMode mgnMode, PositionSide posSide, PositionMode mode, int lever) {
    settings.put(key(instId, mgnMode, posSide, mode), lever);
  }

  private static Key key(String instId, TradeMode mgnMode, PositionSide posSide, PositionMode mode) {
    boolean perSide = mgnMode == TradeMode.ISOLATED && mode == PositionMode.LONG_SHORT_MODE;
    return new Key(instId, mgnMode, perSide ? posSide : PositionSide.NET);
  }

  private record Key(String instId, TradeMode mgnMode, PositionSide posSide) {}
}
