package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Requests per second of one {@link Workload} (signed balance requests, or order place+cancel pairs).
 * Each round starts a fresh pair of servers (so
 * one JVM's JIT and memory-layout luck is sampled, not baked in), warms both, then measures
 * alternating windows: simulator and bare WireMock take turns at each concurrency, and who goes
 * first flips every window. Only one server is under load at a time; the other sits idle.
 */
final class ThroughputBenchmark {

  private final BenchConfig config;
  private final FirstOkProbe probe;
  private final Workload workload;
  private final LoadGenerator load;
  private final PrintStream out;
  private final Samples samples = new Samples();

  ThroughputBenchmark(BenchConfig config, FirstOkProbe probe, Workload workload, PrintStream out) {
    this.config = config;
    this.probe = probe;
    this.workload = workload;
    this.load = new LoadGenerator(workload);
    this.out = out;
  }

  List<Comparison> run(Contender simulator, Contender bareWireMock) throws IOException, InterruptedException {
    for (int round = 1; round <= config.rounds(); round++) {
      out.printf("  %s round %d (load average %s)%n", workload.id(), round, Machine.loadAverage());
      try (ServerProcess simulatorProcess = launch(simulator, round);
          ServerProcess wireMockProcess = launch(bareWireMock, round)) {
        Map<Contender, ServerProcess> running = Map.of(simulator, simulatorProcess, bareWireMock, wireMockProcess);
        for (Contender contender : Rounds.order(round, simulator, bareWireMock)) {
          warmUp(running.get(contender), round);
        }
        if (config.flightRecordings()) {
          for (ServerProcess server : running.values()) {
            FlightRecording.start(server, config.workDir().resolve("jfr")
                .resolve(Rounds.fileName(server.contender(), step("round-", round), "jfr")));
          }
          // Starting the recorder loads and compiles code of its own; let that pass unmeasured.
          for (ServerProcess server : running.values()) {
            load.run(server.port(), Collections.max(config.concurrency()), config.window());
          }
        }
        int window = 0;
        for (int concurrency : config.concurrency()) {
          window++;
          for (Contender contender : Rounds.order(round + window - 1, simulator, bareWireMock)) {
            measure(running.get(contender), concurrency, round);
          }
        }
        if (config.flightRecordings()) {
          for (ServerProcess server : running.values()) {
            FlightRecording.stop(server);
          }
        }
      }
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (int concurrency : config.concurrency()) {
      comparisons.add(samples.compare(throughput(concurrency), "req/s", throughputTarget()));
    }
    if (workload.requestsPerOperation() > 1) {
      for (int concurrency : config.concurrency()) {
        comparisons.add(samples.compare(operations(concurrency), workload.operationUnit(), Comparison.Target.none()));
      }
    }
    for (int concurrency : config.concurrency()) {
      comparisons.add(samples.compare(cpuPerRequest(concurrency), "us", cpuTarget()));
    }
    comparisons.add(samples.compare(earlyThroughput(), "req/s", Comparison.Target.none()));
    return comparisons;
  }

  /**
   * Load at the highest concurrency in window-sized slices: at least {@code bench.warmupSeconds}, and
   * on while the server is still getting more than 10% cheaper per request from one slice to the
   * next (the JIT is still at work; on a busy machine it can take a minute), up to
   * {@code bench.maxWarmupSeconds}. Every slice is printed so the reader can see the plateau. The
   * first slice is also kept as its own metric: a short test suite never gets past it, so how fast a
   * server is while still cold matters to users too.
   */
  private void warmUp(ServerProcess server, int round) throws IOException, InterruptedException {
    int concurrency = Collections.max(config.concurrency());
    List<String> slices = new ArrayList<>();
    Duration elapsed = Duration.ZERO;
    double previousCpu = Double.NaN;
    while (true) {
      Duration cpuBefore = server.cpuTime();
      Throughput t = load.run(server.port(), concurrency, config.window());
      double cpu = server.cpuTime().minus(cpuBefore).toNanos() / 1e3 / t.ok();
      requireNoFailures(t, server);
      if (slices.isEmpty()) {
        samples.add(earlyThroughput(), server.contender(), t.perSecond());
      }
      slices.add(String.format("%.0f (%.0f us)", t.perSecond(), cpu));
      elapsed = elapsed.plus(config.window());
      boolean improving = cpu < previousCpu * 0.9;
      if ((elapsed.compareTo(config.warmup()) >= 0 && !improving) || elapsed.compareTo(config.maxWarmup()) >= 0) {
        break;
      }
      previousCpu = cpu;
    }
    out.printf("  %s round %d  warm-up c=%d %-14s %ds: %s req/s (server CPU/request)%n",
        workload.id(), round, concurrency, server.contender().label(), elapsed.toSeconds(), String.join(", ", slices));
  }

  private void measure(ServerProcess server, int concurrency, int round) throws IOException, InterruptedException {
    Duration cpuBefore = server.cpuTime();
    Throughput t = load.run(server.port(), concurrency, config.window());
    double cpuMicros = server.cpuTime().minus(cpuBefore).toNanos() / 1e3 / t.ok();
    requireNoFailures(t, server);
    samples.add(throughput(concurrency), server.contender(), t.perSecond());
    samples.add(cpuPerRequest(concurrency), server.contender(), cpuMicros);
    double perOperation = t.perSecond() / workload.requestsPerOperation();
    samples.add(operations(concurrency), server.contender(), perOperation);
    out.printf("  %s round %d  c=%-2d %-14s %8.0f req/s  %6.1f us server CPU/request%s%n",
        workload.id(), round, concurrency, server.contender().label(), t.perSecond(), cpuMicros,
        workload.requestsPerOperation() > 1
            ? String.format("  (%.0f %s)", perOperation, workload.operationUnit()) : "");
  }

  /**
   * The performance issue's targets: the balance at 0.95x bare WireMock's throughput, place+cancel (into a
   * book of 5,000 resting orders) at 0.9x; other workloads are information.
   */
  private Comparison.Target throughputTarget() {
    return switch (workload.id()) {
      case BalanceWorkload.ID -> Comparison.Target.atLeast(0.95);
      case OrderPlaceCancelWorkload.ID -> Comparison.Target.atLeast(0.9);
      default -> Comparison.Target.none();
    };
  }

  /** The issue's: server CPU per balance request at most 1.05x bare WireMock's. */
  private Comparison.Target cpuTarget() {
    return workload.id().equals(BalanceWorkload.ID) ? Comparison.Target.atMost(1.05) : Comparison.Target.none();
  }

  private String throughput(int concurrency) {
    return workload.metricPrefix() + "throughput, concurrency " + concurrency;
  }

  private String operations(int concurrency) {
    return workload.metricPrefix() + workload.operationName() + ", concurrency " + concurrency;
  }

  private String cpuPerRequest(int concurrency) {
    return workload.metricPrefix() + "server CPU per request, concurrency " + concurrency;
  }

  /** {@code load-3} for the balance workload, as before; {@code orders-load-3} for the others. */
  private String step(String name, int round) {
    return (workload.metricPrefix().isEmpty() ? "" : workload.id() + "-") + name + round;
  }

  private String earlyThroughput() {
    return workload.metricPrefix() + "throughput in the first " + config.window().toSeconds() + " s after start, concurrency "
        + Collections.max(config.concurrency());
  }

  private ServerProcess launch(Contender contender, int round) throws IOException, InterruptedException {
    Path log = config.workDir().resolve("logs").resolve(Rounds.fileName(contender, step("load-", round), "log"));
    ServerProcess server = ServerProcess.launch(contender, config.serverJvmArgs(), log);
    try {
      probe.awaitFirstOk(server);
      String prepared = workload.prepare(server);
      if (prepared != null) {
        out.printf("  %s round %d  %-14s %s%n", workload.id(), round, contender.label(), prepared);
      }
      return server;
    } catch (RuntimeException | IOException | InterruptedException e) {
      server.close(); // a server left running would take CPU from every later window
      throw e;
    }
  }

  /** A window with errors measured something other than the endpoints meant: stop, do not report it. */
  private static void requireNoFailures(Throughput t, ServerProcess server) {
    if (t.failed() > 0) {
      throw new IllegalStateException(server.contender().label() + ": " + t.failed() + " of "
          + (t.ok() + t.failed()) + " requests were not answered as expected; server output:\n" + server.logTail());
    }
  }
}
