package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Closed-loop load: {@code concurrency} threads, each on its own keep-alive connection, run the
 * workload's operations (e.g. one signed balance request) back to back for a fixed time. Connections
 * are opened before the clock starts, so a window measures requests, not TCP handshakes.
 */
final class LoadGenerator {

  /** Stop early when the server is clearly broken rather than count errors for seconds. */
  private static final long MAX_FAILURES_PER_THREAD = 100;

  private final Workload workload;

  LoadGenerator(Workload workload) {
    this.workload = workload;
  }

  Throughput run(int port, int concurrency, Duration duration) throws IOException, InterruptedException {
    List<KeepAliveConnection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < concurrency; i++) {
        connections.add(KeepAliveConnection.open(port));
      }
    } catch (IOException e) {
      for (KeepAliveConnection connection : connections) {
        connection.close();
      }
      throw e;
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Client> clients = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (KeepAliveConnection connection : connections) {
      Client client = new Client(port, connection, go, duration);
      clients.add(client);
      Thread thread = new Thread(client, "load-" + threads.size());
      threads.add(thread);
      thread.start();
    }
    long start = System.nanoTime();
    go.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    long elapsed = System.nanoTime() - start;
    // join() makes each client's plain counters visible here.
    return new Throughput(
        clients.stream().mapToLong(c -> c.ok).sum(), clients.stream().mapToLong(c -> c.failed).sum(), elapsed);
  }

  /** One client thread; it owns its connection and closes it when done. */
  private final class Client implements Runnable {
    private final int port;
    private final CountDownLatch go;
    private final Duration duration;
    private KeepAliveConnection connection;
    // Per thread, summed after join: no shared counter in the hot loop.
    private long ok;
    private long failed;

    Client(int port, KeepAliveConnection connection, CountDownLatch go, Duration duration) {
      this.port = port;
      this.connection = connection;
      this.go = go;
      this.duration = duration;
    }

    @Override
    public void run() {
      try {
        go.await();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end && failed < MAX_FAILURES_PER_THREAD) {
          exchangeOne();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        close();
      }
    }

    private void exchangeOne() {
      try {
        Workload.Outcome outcome = workload.perform(connection, port);
        ok += outcome.ok();
        failed += outcome.failed();
        if (!outcome.keepAlive()) {
          reconnect();
        }
      } catch (IOException e) {
        failed++;
        reconnect();
      }
    }

    private void reconnect() {
      close();
      try {
        connection = KeepAliveConnection.open(port);
      } catch (IOException e) {
        // Left closed: the next exchange fails, is counted, and tries again.
      }
    }

    private void close() {
      try {
        connection.close();
      } catch (IOException e) {
        // nothing to do for a connection being dropped
      }
    }
  }
}
