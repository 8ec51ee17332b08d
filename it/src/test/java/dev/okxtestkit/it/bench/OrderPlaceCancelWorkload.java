package dev.okxtestkit.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Signed {@code POST /api/v5/trade/order} (a spot limit buy far below the market, so it rests and
 * never fills), then a signed {@code POST /api/v5/trade/cancel-order} for the {@code ordId} it got:
 * two requests per operation, the round trip a trading client makes most, into a {@link RestingBook} of
 * other keys' orders on the same instrument. One API key for all client threads is enough: each pair
 * leaves the account as it found it, and at most one order per thread
 * (20 USDT frozen each) is open at any time, far inside a fresh account's 10,000 USDT and OKX's 500
 * pending orders per instrument.
 */
final class OrderPlaceCancelWorkload implements Workload {

  static final String ID = "orders";
  static final String PLACE_PATH = "/api/v5/trade/order";
  static final String CANCEL_PATH = "/api/v5/trade/cancel-order";
  static final String INST_ID = "BTC-USDT";
  /** The simulator's BTC-USDT starts at 43,000; a buy at 20,000 rests on the book. */
  static final String PLACE_BODY = "{\"instId\":\"" + INST_ID + "\",\"tdMode\":\"cash\",\"side\":\"buy\","
      + "\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.001\"}";

  private static final String ORD_ID_FIELD = "\"ordId\":\"";
  /** OKX answers 200 with {@code code} 0 only if every item succeeded; this is the item's own result. */
  private static final String ITEM_OK = "\"sCode\":\"0\"";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final SignedPostRequest request;
  private final RestingBook book;

  OrderPlaceCancelWorkload(SignedPostRequest request, RestingBook book) {
    this.request = request;
    this.book = book;
  }

  static String cancelBody(String ordId) {
    return "{\"instId\":\"" + INST_ID + "\",\"ordId\":\"" + ordId + "\"}";
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String metricPrefix() {
    return "place+cancel ";
  }

  /** The simulator gets the resting book; bare WireMock's answers are static whatever the book. */
  @Override
  public String prepare(ServerProcess server) throws IOException, InterruptedException {
    return server.contender().isSimulator() ? book.place(server.port()) : null;
  }

  @Override
  public int requestsPerOperation() {
    return 2;
  }

  @Override
  public String operationName() {
    return "pairs";
  }

  /**
   * The answers are searched as text, not parsed: the client's CPU comes out of the same two cores as
   * the server's, and a text search costs the client the same for both servers. A 200 whose item
   * failed (e.g. the account ran out of USDT) counts as failed, so it cannot pass as throughput.
   */
  @Override
  public Outcome perform(KeepAliveConnection connection, int port) throws IOException {
    HttpReply placed = connection.exchange(request.next(port, PLACE_PATH, PLACE_BODY), true);
    String placedBody = new String(placed.body(), StandardCharsets.ISO_8859_1);
    String ordId = placed.status() == 200 && placedBody.contains(ITEM_OK) ? ordId(placedBody) : null;
    if (ordId == null) {
      return new Outcome(0, 1, placed.keepAlive());
    }
    if (!placed.keepAlive()) {
      // The order stays open; the next pair on a fresh connection does not depend on it.
      return new Outcome(1, 0, false);
    }
    HttpReply cancelled = connection.exchange(request.next(port, CANCEL_PATH, cancelBody(ordId)), true);
    boolean ok = cancelled.status() == 200
        && new String(cancelled.body(), StandardCharsets.ISO_8859_1).contains(ITEM_OK);
    return new Outcome(ok ? 2 : 1, ok ? 0 : 1, cancelled.keepAlive());
  }

  @Override
  public String check(KeepAliveConnection connection, int port) throws IOException {
    HttpReply placed = connection.exchange(request.next(port, PLACE_PATH, PLACE_BODY), true);
    String ordId = requireItemOk("place", placed).path("ordId").asText();
    if (ordId.isEmpty() || !ordId.equals(ordId(new String(placed.body(), StandardCharsets.ISO_8859_1)))) {
      throw new IllegalStateException("place answered no ordId the load loop can find: " + text(placed));
    }
    HttpReply cancelled = connection.exchange(request.next(port, CANCEL_PATH, cancelBody(ordId)), true);
    requireItemOk("cancel", cancelled);
    return "place: HTTP " + placed.status() + ", " + placed.bodyLength() + " body bytes, ordId " + ordId
        + "; cancel: HTTP " + cancelled.status() + ", " + cancelled.bodyLength() + " body bytes";
  }

  /** Both the whole answer ({@code code}) and its one item ({@code data[0].sCode}) must say 0. */
  private static JsonNode requireItemOk(String what, HttpReply reply) throws IOException {
    JsonNode json = reply.status() == 200 ? JSON.readTree(reply.body()) : null;
    JsonNode item = json == null ? null : json.path("data").path(0);
    if (item == null || !json.path("code").asText().equals("0") || !item.path("sCode").asText().equals("0")) {
      throw new IllegalStateException(what + " answered " + reply.status() + ": " + text(reply));
    }
    return item;
  }

  private static String ordId(String body) {
    int start = body.indexOf(ORD_ID_FIELD);
    if (start < 0) {
      return null;
    }
    start += ORD_ID_FIELD.length();
    int end = body.indexOf('"', start);
    return end > start ? body.substring(start, end) : null;
  }

  private static String text(HttpReply reply) {
    return new String(reply.body(), StandardCharsets.UTF_8);
  }
}
