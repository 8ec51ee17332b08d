package dev.okxtestkit.exchange;

/**
 * The per-order answer of a trade write ({@code sCode}/{@code sMsg} in {@code data[]}): {@code sCode}
 * {@code "0"} when accepted.
 */
public record ItemResult(
    String ordId, String clOrdId, String tag, String sCode, String sMsg, String subCode, long ts) {

  public boolean ok() {
    return sCode.equals("0");
  }

  static ItemResult failed(String clOrdId, String tag, String code, String message, String subCode, long ts) {
    return new ItemResult("", clOrdId, tag, code, message, subCode, ts);
  }
}
