package dev.okxtestkit.contracts.check;

/**
 * Runs a check that writes to the trade API only where trade checks are enabled (by default the
 * embedded simulator), so nothing is ordered on a sandbox account unless the user asked for it.
 */
public final class TradeGatedCheck implements Check {

  private final Check delegate;

  public TradeGatedCheck(Check delegate) {
    this.delegate = delegate;
  }

  /** POSTs under /api/v5/trade/ place, amend or cancel orders. */
  public static boolean isTradeWrite(String method, String path) {
    return method.equals("POST") && path.startsWith("/api/v5/trade/");
  }

  @Override
  public String group() {
    return delegate.group();
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public Outcome run(CheckContext context) {
    return context.profile().tradeChecks() ? delegate.run(context)
        : Outcome.skipped("trade checks are off for this target; enable them with -Dokx.tradeChecks=true");
  }
}
