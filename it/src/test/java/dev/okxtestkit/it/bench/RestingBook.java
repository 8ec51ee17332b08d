package dev.okxtestkit.it.bench;

import dev.okxtestkit.signing.CredentialsGenerator;
import dev.okxtestkit.signing.OkxCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The book the orders workload trades into on the simulator: {@code size} resting limit orders on BTC-USDT
 * from other keys, half bids from 40,000 down and half asks from 46,000 up, one price step apart (the
 * market starts at 43,000 and the workload buys at 20,000, so nothing fills). The issue asks for 5,000 so
 * that the costs of keeping a real book (ordering, indexing, per-instrument counts) show in the figures.
 * The keys are made over the admin API and the orders placed with signed {@code trade/batch-orders}, as
 * other traders' would be. Bare WireMock answers from static stubs and has no book to fill.
 */
final class RestingBook {

  /** OKX: at most 500 pending orders per instrument and account. */
  static final int ORDERS_PER_KEY = 500;
  /** OKX: at most 20 orders per batch request. */
  private static final int ORDERS_PER_BATCH = 20;
  private static final String ITEM_OK = "\"sCode\":\"0\"";

  private final int size;

  RestingBook(int size) {
    this.size = size;
  }

  int size() {
    return size;
  }

  /** Places the book on the simulator at {@code port}; returns a line for the log. */
  String place(int port) throws IOException, InterruptedException {
    if (size == 0) {
      return "no resting orders";
    }
    long start = System.nanoTime();
    HttpClient admin = HttpClient.newHttpClient();
    int placed = 0;
    int keys = 0;
    while (placed < size) {
      OkxCredentials key = newKey(admin, port);
      keys++;
      SignedPostRequest post = new SignedPostRequest(key);
      try (KeepAliveConnection connection = KeepAliveConnection.open(port)) {
        int forThisKey = Math.min(ORDERS_PER_KEY, size - placed);
        for (int batchStart = 0; batchStart < forThisKey; batchStart += ORDERS_PER_BATCH) {
          List<String> orders = new ArrayList<>();
          for (int i = batchStart; i < Math.min(forThisKey, batchStart + ORDERS_PER_BATCH); i++) {
            orders.add(order(placed + i));
          }
          HttpReply reply = connection.exchange(post.next(port, "/api/v5/trade/batch-orders",
              "[" + String.join(",", orders) + "]"), true);
          String body = new String(reply.body(), StandardCharsets.UTF_8);
          if (reply.status() != 200 || !body.startsWith("{\"code\":\"0\"")
              || body.split(ITEM_OK, -1).length - 1 != orders.size()) {
            throw new IllegalStateException("placing the resting book answered " + reply.status() + ": " + body);
          }
        }
        placed += forThisKey;
      }
    }
    return String.format("%,d resting orders from %d other keys placed in %d ms", placed, keys,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The n-th order: even ones bid below the market, odd ones ask above it, each at a price of its own. */
  private static String order(int n) {
    boolean bid = n % 2 == 0;
    int step = n / 2;
    return "{\"instId\":\"" + OrderPlaceCancelWorkload.INST_ID + "\",\"tdMode\":\"cash\",\"side\":\""
        + (bid ? "buy" : "sell") + "\",\"ordType\":\"limit\",\"px\":\"" + (bid ? 40_000 - step : 46_000 + step)
        + "\",\"sz\":\"0.0001\"}";
  }

  private static OkxCredentials newKey(HttpClient admin, int port) throws IOException, InterruptedException {
    OkxCredentials key = new CredentialsGenerator().next();
    String body = "{\"apiKey\":\"" + key.apiKey() + "\",\"secretKey\":\"" + key.secretKey() + "\",\"passphrase\":\""
        + key.passphrase() + "\",\"permissions\":\"read_only,trade\"}";
    HttpResponse<String> answer = admin.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/__admin/okx/credentials"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("creating a key answered " + answer.statusCode() + ": " + answer.body());
    }
    return key;
  }
}
