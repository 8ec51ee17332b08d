package dev.okxtestkit.contracts.builtin;

import dev.okxtestkit.contracts.check.Answer;
import dev.okxtestkit.contracts.check.ApiCall;
import dev.okxtestkit.contracts.check.Check;
import dev.okxtestkit.contracts.check.CheckContext;
import dev.okxtestkit.contracts.check.CheckStatus;
import dev.okxtestkit.contracts.check.Expectation;
import dev.okxtestkit.contracts.check.FailureMessage;
import dev.okxtestkit.contracts.check.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Places the smallest limit buy at half the last price, where it cannot fill, reads it back, and
 * cancels it. The cancel runs in {@code finally}, whatever happened before, so no order is left on
 * a sandbox account.
 */
final class TradeRoundTripCheck implements Check {

  /** Half the market: far below any price a spot buy could fill at, and inside OKX's price limits. */
  static final BigDecimal PRICE_FACTOR = new BigDecimal("0.5");

  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
  private final SecureRandom random = new SecureRandom();

  @Override
  public String group() {
    return "builtin.trade";
  }

  @Override
  public String name() {
    return "far-limit-buy-is-placed-and-cancelled";
  }

  @Override
  public Outcome run(CheckContext context) {
    if (!context.profile().tradeChecks()) {
      return Outcome.skipped("trade checks are off for this target; enable them with -Dokx.tradeChecks=true");
    }
    String instId = context.profile().tradeInstId();
    ApiCall instrumentCall = ApiCall.publicGet("/api/v5/public/instruments?instType=SPOT&instId=" + instId);
    Answer instrument = context.call("instrument", instrumentCall);
    Optional<Outcome> bad = unmet(instrumentCall, Expectation.success("tickSz", "minSz"), instrument);
    if (bad.isPresent()) {
      return bad.get();
    }
    ApiCall tickerCall = ApiCall.publicGet("/api/v5/market/ticker?instId=" + instId);
    Answer ticker = context.call("ticker", tickerCall);
    bad = unmet(tickerCall, Expectation.success("last"), ticker);
    if (bad.isPresent()) {
      return bad.get();
    }
    String px = farBelow(new BigDecimal(ticker.firstText("last")), new BigDecimal(instrument.firstText("tickSz")));
    String sz = instrument.firstText("minSz");
    String clOrdId = clientOrderId();
    String order = "{\"instId\":\"" + instId + "\",\"tdMode\":\"cash\",\"clOrdId\":\"" + clOrdId
        + "\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"" + px + "\",\"sz\":\"" + sz + "\"}";
    Outcome outcome;
    Optional<Outcome> cancelled = Optional.empty();
    try {
      outcome = placeAndReadBack(context, instId, clOrdId, order);
    } finally {
      // Always: even when placing seemed to fail, an order may exist; cancelling none is harmless.
      ApiCall cancelCall = ApiCall.privatePost("/api/v5/trade/cancel-order",
          "{\"instId\":\"" + instId + "\",\"clOrdId\":\"" + clOrdId + "\"}");
      Answer cancel = context.call("cancel", cancelCall);
      cancelled = unmet(cancelCall, new Expectation(200, "0", Optional.empty(), List.of("ordId"),
          Optional.of("0")), cancel);
    }
    if (outcome.status() != CheckStatus.PASSED) {
      return outcome;
    }
    if (cancelled.isPresent()) {
      return Outcome.failed("the order " + clOrdId + " was placed but NOT cancelled; cancel it by hand.\n"
          + cancelled.get().message());
    }
    ApiCall afterCall = ApiCall.privateGet("/api/v5/trade/order?instId=" + instId + "&clOrdId=" + clOrdId);
    Answer after = context.call("read-after-cancel", afterCall);
    bad = unmet(afterCall, Expectation.success("state"), after);
    if (bad.isPresent()) {
      return bad.get();
    }
    return after.firstText("state").equals("canceled") ? Outcome.passed()
        : Outcome.failed(afterCall.describe() + ": expected state \"canceled\" after the cancel, got \""
            + after.firstText("state") + "\"");
  }

  private static Outcome placeAndReadBack(CheckContext context, String instId, String clOrdId, String order) {
    ApiCall placeCall = ApiCall.privatePost("/api/v5/trade/order", order);
    Answer placed = context.call("place", placeCall);
    Optional<Outcome> bad = unmet(placeCall, new Expectation(200, "0", Optional.empty(),
        List.of("ordId", "clOrdId", "sCode", "sMsg"), Optional.of("0")), placed);
    if (bad.isPresent()) {
      return bad.get();
    }
    ApiCall readCall = ApiCall.privateGet("/api/v5/trade/order?instId=" + instId + "&clOrdId=" + clOrdId);
    Answer read = context.call("read", readCall);
    bad = unmet(readCall, Expectation.success("ordId", "state", "px", "sz", "side", "ordType"), read);
    if (bad.isPresent()) {
      return bad.get();
    }
    if (!read.firstText("state").equals("live")) {
      return Outcome.failed(readCall.describe() + ": expected the far-away order to rest (state \"live\"), got \""
          + read.firstText("state") + "\"");
    }
    return Outcome.passed();
  }

  private static Optional<Outcome> unmet(ApiCall call, Expectation expected, Answer actual) {
    Outcome outcome = FailureMessage.verify(call, expected, actual);
    return outcome.status() == CheckStatus.PASSED
        ? Optional.empty() : Optional.of(outcome);
  }

  /** Half the last price, rounded down to the tick size. */
  static String farBelow(BigDecimal last, BigDecimal tickSz) {
    BigDecimal ticks = last.multiply(PRICE_FACTOR).divide(tickSz, 0, RoundingMode.DOWN);
    return ticks.max(BigDecimal.ONE).multiply(tickSz).stripTrailingZeros().toPlainString();
  }

  /** OKX allows up to 32 letters and digits; the prefix marks orders this plugin placed. */
  private String clientOrderId() {
    StringBuilder sb = new StringBuilder("okxtk");
    for (int i = 0; i < 16; i++) {
      sb.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return sb.toString();
  }
}
