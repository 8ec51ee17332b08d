package dev.okxtestkit.exchange;

/**
 * The per-order answer of an algo write ({@code sCode}/{@code sMsg} in {@code data[]} of
 * {@code order-algo}, {@code cancel-algos}, {@code amend-algos}): {@code sCode} {@code "0"} when accepted.
 */
public record AlgoResult(String algoId, String algoClOrdId, String tag, String sCode, String sMsg) {

  private static final String ACCEPTED = "0";

  public boolean ok() {
    return sCode.equals(ACCEPTED);
  }

  /** A new algo order accepted: OKX says {@code "Order placed"}. */
  static AlgoResult placed(AlgoOrder order) {
    return new AlgoResult(Long.toString(order.algoId), order.algoClOrdId, order.tag, ACCEPTED, "Order placed");
  }

  /** A cancel or amend accepted. */
  static AlgoResult done(AlgoOrder order) {
    return new AlgoResult(Long.toString(order.algoId), order.algoClOrdId, order.tag, ACCEPTED, "");
  }

  /** A refusal before any algo order exists: no {@code algoId}. */
  static AlgoResult failed(String algoClOrdId, String tag, TradeError error, Object... details) {
    return new AlgoResult("", algoClOrdId, tag, error.code(), error.message(details));
  }

  /** A cancel or amend of an algo order the account does not have. */
  static AlgoResult unknown(String algoId, String algoClOrdId, TradeError error) {
    return new AlgoResult(algoId, algoClOrdId, "", error.code(), error.message());
  }

  /** A refusal about an existing algo order: its ids. */
  static AlgoResult refused(AlgoOrder order, TradeError error) {
    return new AlgoResult(Long.toString(order.algoId), order.algoClOrdId, order.tag, error.code(), error.message());
  }

  /** A refusal about an existing algo order, for the reason {@code cause} gave. */
  static AlgoResult refused(AlgoOrder order, AlgoResult cause) {
    return new AlgoResult(Long.toString(order.algoId), order.algoClOrdId, order.tag, cause.sCode(), cause.sMsg());
  }
}
