package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Launch to first 200, one server at a time so neither start competes with the other for the two
 * cores, alternating which goes first each round so slow drifts (thermal, page cache, a neighbour's
 * build) hit both.
 */
final class StartupBenchmark {

  private static final String METRIC = "start to first 200";

  /** Lets the previous JVM's memory and sockets be released before the next launch. */
  private static final long SETTLE_MILLIS = 300;

  private final BenchConfig config;
  private final FirstOkProbe probe;
  private final PrintStream out;

  StartupBenchmark(BenchConfig config, FirstOkProbe probe, PrintStream out) {
    this.config = config;
    this.probe = probe;
    this.out = out;
  }

  Comparison run(Contender simulator, Contender bareWireMock) throws IOException, InterruptedException {
    // One unmeasured start each: reads both jars into the page cache and JIT-compiles the probe, so the
    // first measured round is not penalised for whoever happens to go first.
    for (Contender contender : List.of(simulator, bareWireMock)) {
      double ms = startOnce(contender, "warm-up");
      out.printf("  warm-up start  %-14s %7.0f ms (not counted)%n", contender.label(), ms);
    }
    Samples samples = new Samples();
    for (int round = 1; round <= config.startRounds(); round++) {
      for (Contender contender : Rounds.order(round, simulator, bareWireMock)) {
        double ms = startOnce(contender, "start-" + round);
        samples.add(METRIC, contender, ms);
        out.printf("  round %d start  %-14s %7.0f ms  (load average %s)%n",
            round, contender.label(), ms, Machine.loadAverage());
      }
    }
    return samples.compare(METRIC, "ms", Comparison.Target.atMost(1.0));
  }

  private double startOnce(Contender contender, String name) throws IOException, InterruptedException {
    Path log = config.workDir().resolve("logs").resolve(Rounds.fileName(contender, name, "log"));
    double ms;
    try (ServerProcess server = ServerProcess.launch(contender, config.serverJvmArgs(), log)) {
      ms = probe.awaitFirstOk(server).toNanos() / 1e6;
    }
    Thread.sleep(SETTLE_MILLIS);
    return ms;
  }
}
