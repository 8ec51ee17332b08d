package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What the memory soak sends, over and over: a signed balance, a resting limit order and its cancel (as
 * {@link OrderPlaceCancelWorkload}), then a small market buy and a market sell that fill against the
 * book. Together they touch everything the simulator keeps per request: the journal, the order history,
 * fills, bills, the public trade tape and the price. Five requests per operation.
 */
final class SoakWorkload implements Workload {

  static final String ID = "soak";
  /** A spot market buy's size is in quote currency: 5 USDT of BTC. */
  static final String MARKET_BUY_BODY = "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\","
      + "\"ordType\":\"market\",\"sz\":\"5\"}";
  /** A spot market sell's size is in base currency; the soak's account holds plenty of BTC. */
  static final String MARKET_SELL_BODY = "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"sell\","
      + "\"ordType\":\"market\",\"sz\":\"0.0001\"}";
  private static final String ITEM_OK = "\"sCode\":\"0\"";

  private final BalanceWorkload balance;
  private final OrderPlaceCancelWorkload placeCancel;
  private final SignedPostRequest post;

  SoakWorkload(BalanceWorkload balance, OrderPlaceCancelWorkload placeCancel, SignedPostRequest post) {
    this.balance = balance;
    this.placeCancel = placeCancel;
    this.post = post;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String metricPrefix() {
    return "soak ";
  }

  @Override
  public int requestsPerOperation() {
    return 5;
  }

  @Override
  public Outcome perform(KeepAliveConnection connection, int port) throws IOException {
    int ok = 0;
    int failed = 0;
    for (Workload part : new Workload[] {balance, placeCancel}) {
      Outcome outcome = part.perform(connection, port);
      ok += outcome.ok();
      failed += outcome.failed();
      if (!outcome.keepAlive()) {
        return new Outcome(ok, failed, false);
      }
    }
    for (String body : new String[] {MARKET_BUY_BODY, MARKET_SELL_BODY}) {
      HttpReply reply = connection.exchange(post.next(port, OrderPlaceCancelWorkload.PLACE_PATH, body), true);
      boolean filled = reply.status() == 200
          && new String(reply.body(), StandardCharsets.ISO_8859_1).contains(ITEM_OK);
      ok += filled ? 1 : 0;
      failed += filled ? 0 : 1;
      if (!reply.keepAlive()) {
        return new Outcome(ok, failed, false);
      }
    }
    return new Outcome(ok, failed, true);
  }

  @Override
  public String check(KeepAliveConnection connection, int port) throws IOException {
    String checked = balance.check(connection, port) + "; " + placeCancel.check(connection, port);
    for (String body : new String[] {MARKET_BUY_BODY, MARKET_SELL_BODY}) {
      HttpReply reply = connection.exchange(post.next(port, OrderPlaceCancelWorkload.PLACE_PATH, body), true);
      String text = new String(reply.body(), StandardCharsets.UTF_8);
      if (reply.status() != 200 || !text.contains(ITEM_OK)) {
        throw new IllegalStateException("market order answered " + reply.status() + ": " + text);
      }
    }
    return checked + "; market buy and sell: HTTP 200";
  }
}
