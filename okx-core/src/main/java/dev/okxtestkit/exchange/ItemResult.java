package dev.okxtestkit.exchange;

/**
 * The per-order answer of a trade write ({@code sCode}/{@code sMsg} in {@code data[]}): {@code sCode}
 * {@code "0"} when accepted.
 */
public record ItemResult(
    String ordId, String clOrdId, String tag, String sCode, String sMsg, String subCode, long ts) {

  private static final String ACCEPTED = "0";

  public boolean ok() {
    return sCode.equals(ACCEPTED);
  }

  /** A new order accepted: OKX says {@code "Order placed"}. */
  static ItemResult placed(long ordId, String clOrdId, String tag, long ts) {
    return new ItemResult(Long.toString(ordId), clOrdId, tag, ACCEPTED, "Order placed", "", ts);
  }

  /** A cancel or amend of an existing order accepted: OKX sends an empty {@code sMsg}. */
  static ItemResult done(Order order, long ts) {
    return new ItemResult(Long.toString(order.ordId), order.clOrdId, "", ACCEPTED, "", "", ts);
  }

  /** A refusal before any order is known: no {@code ordId}. */
  static ItemResult failed(String clOrdId, String tag, long ts, TradeError error, Object... details) {
    return refused("", clOrdId, tag, ts, error, details);
  }

  /** A refusal about an existing order (cancel, amend): its ids, no tag. */
  static ItemResult refused(Order order, long ts, TradeError error, Object... details) {
    return refused(Long.toString(order.ordId), order.clOrdId, "", ts, error, details);
  }

  static ItemResult refused(String ordId, String clOrdId, String tag, long ts, TradeError error, Object... details) {
    return new ItemResult(ordId, clOrdId, tag, error.code(), error.message(details), error.subCode(), ts);
  }
}
