package dev.okxtestkit;

import dev.okxtestkit.auth.AuthFailureLog;
import dev.okxtestkit.clock.SimulatorClock;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How a simulation starts.
 *
 * @param clock the simulator clock (system by default; fixed or offset for deterministic tests)
 * @param initialBalances what every new account holds
 * @param authFailureCapacity how many authentication failures are kept
 * @param rateLimits whether OKX's rate limits apply (off by default)
 * @param seed seeds the market and probabilistic faults, so runs repeat
 * @param logAuthFailures whether authentication failures are logged as well as recorded (on by default)
 */
public record SimulationConfig(
    SimulatorClock clock,
    Map<String, BigDecimal> initialBalances,
    int authFailureCapacity,
    boolean rateLimits,
    long seed,
    boolean logAuthFailures) {

  /** A fresh account's funds, like an OKX demo-trading account: 10,000 USDT, 1 BTC, 10 ETH. */
  public static final Map<String, BigDecimal> DEFAULT_BALANCES =
      Map.of("USDT", new BigDecimal("10000"), "BTC", BigDecimal.ONE, "ETH", BigDecimal.TEN);

  public SimulationConfig {
    initialBalances = Map.copyOf(initialBalances);
  }

  /** A configuration that logs authentication failures. */
  public SimulationConfig(SimulatorClock clock, Map<String, BigDecimal> initialBalances, int authFailureCapacity,
      boolean rateLimits, long seed) {
    this(clock, initialBalances, authFailureCapacity, rateLimits, seed, true);
  }

  public static SimulationConfig defaults() {
    return new SimulationConfig(SimulatorClock.system(), DEFAULT_BALANCES, AuthFailureLog.DEFAULT_CAPACITY, false, 42L);
  }

  /** The same configuration on another clock. */
  public SimulationConfig withClock(SimulatorClock newClock) {
    return new SimulationConfig(newClock, initialBalances, authFailureCapacity, rateLimits, seed, logAuthFailures);
  }
}
