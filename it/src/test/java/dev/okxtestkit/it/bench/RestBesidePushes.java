package dev.okxtestkit.it.bench;

import dev.okxtestkit.signing.OkxCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * REST throughput while WebSocket subscribers receive tickers; the performance issue asks for at most 2%
 * less than without them. One simulator, {@value #SUBSCRIBERS} connections to {@code /public}, and BTC-USDT's
 * price moved {@value #MOVES_PER_SECOND} times a second through the admin API all along, so both modes pay
 * for the moves. Under the signed balance load at concurrency 8, windows alternate between the connections
 * subscribed to the channel and unsubscribed (the same moves, no pushes); which mode goes first flips every
 * pair. The difference is what writing the pushes costs REST. The channel is {@code tickers}, which OKX
 * pushes at most every 100 ms (10 pushes a second to each connection here), or with
 * {@code -Dbench.restChannel=bbo-tbt} one that pushes on every move (20 a second to each).
 */
final class RestBesidePushes {

  static final int SUBSCRIBERS = 100;
  static final int MOVES_PER_SECOND = 20;
  private static final int CONCURRENCY = 8;
  private static final String SUBSCRIBE =
      "{\"op\":\"%s\",\"args\":[{\"channel\":\"%s\",\"instId\":\"BTC-USDT\"}]}";

  private final HttpClient http;
  private final String baseUrl;
  private final String wsUrl;
  private final OkxCredentials key;
  private final ProcessHandle server;
  private final String channel = System.getProperty("bench.restChannel", "tickers");

  RestBesidePushes(HttpClient http, String baseUrl, String wsUrl, OkxCredentials key, ProcessHandle server) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.wsUrl = wsUrl;
    this.key = key;
    this.server = server;
  }

  void run(PrintStream out, Duration window, int pairs) throws Exception {
    int port = URI.create(baseUrl).getPort();
    LoadGenerator load = new LoadGenerator(new BalanceWorkload(new SignedBalanceRequest(key)));
    // The cheapest subscribers there can be (one thread, frames counted, not decoded): they share the two
    // cores with the server, and what this measures is what the server's pushes cost REST.
    RawSubscribers subscribers = new RawSubscribers(URI.create(wsUrl + "public"), SUBSCRIBERS);
    ScheduledExecutorService mover = Executors.newSingleThreadScheduledExecutor();
    AtomicLong moves = new AtomicLong();
    mover.scheduleAtFixedRate(() -> movePrice(moves.getAndIncrement()), 0, 1000 / MOVES_PER_SECOND,
        TimeUnit.MILLISECONDS);
    out.printf("REST beside pushes: signed balance at concurrency %d; %d connections; price moved %d/s"
        + " throughout; %d s windows in %d pairs, subscribed to %s or not:%n",
        CONCURRENCY, SUBSCRIBERS, MOVES_PER_SECOND, window.toSeconds(), pairs, channel);
    try {
      for (boolean subscribed : new boolean[] {true, false}) {
        setSubscribed(subscribers, subscribed);
        load.run(port, CONCURRENCY, Duration.ofSeconds(20)); // warm-up, both modes
      }
      List<Double> rateWith = new ArrayList<>();
      List<Double> rateWithout = new ArrayList<>();
      List<Double> cpuWith = new ArrayList<>();
      List<Double> cpuWithout = new ArrayList<>();
      for (int pair = 0; pair < pairs; pair++) {
        for (boolean subscribed : pair % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
          setSubscribed(subscribers, subscribed);
          long cpuBefore = cpuNanos();
          long pushesBefore = subscribers.pushes();
          Throughput t = load.run(port, CONCURRENCY, window);
          double cpuMicros = (cpuNanos() - cpuBefore) / 1e3 / t.ok();
          double pushRate = (subscribers.pushes() - pushesBefore) * 1e9 / t.elapsedNanos();
          if (t.failed() > 0) {
            throw new IllegalStateException(t.failed() + " balance requests failed");
          }
          if (subscribed && pushRate == 0 || subscribers.closes() > 0) {
            throw new IllegalStateException("pushes stopped: the server closed " + subscribers.closes()
                + " of the connections");
          }
          (subscribed ? rateWith : rateWithout).add(t.perSecond());
          (subscribed ? cpuWith : cpuWithout).add(cpuMicros);
          out.printf("  pair %d  %-12s %8.0f req/s  %6.1f us server CPU/request  %6.0f pushes/s%n", pair + 1,
              subscribed ? "subscribed" : "unsubscribed", t.perSecond(), cpuMicros, pushRate);
        }
      }
      double rateRatio = Comparison.median(rateWith) / Comparison.median(rateWithout);
      out.printf("  median REST throughput: %.0f req/s with pushes, %.0f without: %.3fx (target >= 0.98x: %s)%n",
          Comparison.median(rateWith), Comparison.median(rateWithout), rateRatio,
          rateRatio >= 0.98 ? "met" : "NOT met");
      // The clients receiving the pushes share the cores with the server and the load generator, so the
      // throughput ratio includes their cost too; server CPU per request is the server's share alone.
      out.printf("  median server CPU per REST request (push work included): %.1f us with pushes, %.1f without%n",
          Comparison.median(cpuWith), Comparison.median(cpuWithout));
    } finally {
      mover.shutdownNow();
      mover.awaitTermination(5, TimeUnit.SECONDS);
      subscribers.close();
    }
  }

  private void setSubscribed(RawSubscribers subscribers, boolean subscribed) throws IOException, InterruptedException {
    subscribers.sendToAllAndAwaitEvents(String.format(SUBSCRIBE, subscribed ? "subscribe" : "unsubscribe", channel));
    Thread.sleep(200); // the subscribe snapshots are on their way
  }

  private void movePrice(long n) {
    try {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
              URI.create(baseUrl + "/__admin/okx/markets/BTC-USDT/price"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"price\":\"" + (43_000 + n % 100) + ".5\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        System.err.println("price move answered " + answer.statusCode() + ": " + answer.body());
      }
    } catch (IOException e) {
      System.err.println("price move failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long cpuNanos() {
    return server.info().totalCpuDuration().orElseThrow().toNanos();
  }
}
