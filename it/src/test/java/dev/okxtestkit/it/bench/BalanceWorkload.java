package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Signed {@code GET /api/v5/account/balance}, one request per operation: the benchmark's original and
 * default workload. The load loop does exactly what it did before workloads existed (status only,
 * body discarded), so its figures stay comparable with the earlier results.
 */
final class BalanceWorkload implements Workload {

  static final String ID = "balance";

  private final SignedBalanceRequest request;

  BalanceWorkload(SignedBalanceRequest request) {
    this.request = request;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String metricPrefix() {
    return "";
  }

  @Override
  public int requestsPerOperation() {
    return 1;
  }

  @Override
  public Outcome perform(KeepAliveConnection connection, int port) throws IOException {
    HttpReply reply = connection.exchange(request.next(port), false);
    boolean ok = reply.status() == 200;
    return new Outcome(ok ? 1 : 0, ok ? 0 : 1, reply.keepAlive());
  }

  @Override
  public String check(KeepAliveConnection connection, int port) throws IOException {
    HttpReply reply = connection.exchange(request.next(port), true);
    String body = new String(reply.body(), StandardCharsets.UTF_8);
    if (reply.status() != 200 || !body.startsWith("{\"code\":\"0\"")) {
      throw new IllegalStateException("balance answered " + reply.status() + ": " + body);
    }
    return "balance: HTTP " + reply.status() + ", " + reply.bodyLength() + " body bytes";
  }
}
