package dev.okxtestkit.it.bench;

import dev.okxtestkit.signing.CredentialsGenerator;
import dev.okxtestkit.signing.OkxCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares the standalone OKX simulator with bare WireMock serving a static stub for the same path,
 * both as {@code java -jar} processes without a request journal: start-up time to the first 200 and
 * signed-request throughput. Prints a table and whether the targets are met; never fails on a missed
 * target, because a number on a noisy machine is information, not a verdict.
 *
 * <p>Run with {@code mvn -B -pl it -am -Pbench verify -DskipTests}; see docs/benchmarks.md.
 */
public final class SimulatorVsWireMockBenchmark {

  private SimulatorVsWireMockBenchmark() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    BenchConfig config = BenchConfig.fromSystemProperties();
    // If the harness is stopped (Ctrl-C), take down the servers it launched, and only those.
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> ProcessHandle.current().children().forEach(ProcessHandle::destroy), "bench-cleanup"));

    OkxCredentials key = new CredentialsGenerator().next();
    Path wireMockRoot = config.workDir().resolve("wiremock-root");
    deleteRecursively(wireMockRoot);
    deleteRecursively(config.workDir().resolve("logs")); // a shorter run must not leave older rounds' logs behind
    String stubBody = BaselineStub.write(wireMockRoot, key);
    // The order stubs live in a root of their own: extra stubs in the balance root would cost bare
    // WireMock stub-matching time on every balance request and so change the balance rows.
    Path ordersRoot = config.workDir().resolve("wiremock-root-orders");
    deleteRecursively(ordersRoot);
    BaselineStub.write(ordersRoot, key); // the readiness probe asks for the balance
    OrderStubs.write(ordersRoot, key);
    Contender simulator = Contender.simulator(config.simulatorJar(), key);
    Contender bareWireMock = Contender.bareWireMock(config.wireMockJar(), wireMockRoot);
    Contender bareWireMockOrders = Contender.bareWireMock(config.wireMockJar(), ordersRoot);

    out.println("OKX simulator vs bare WireMock, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    out.println(Machine.describe());
    String loadBefore = Machine.loadAverage();
    out.println("load average (1 min) before the run: " + loadBefore + " on "
        + Runtime.getRuntime().availableProcessors() + " cores");
    out.printf("start rounds %d; throughput rounds %d, each on fresh servers: %d-%ds warm-up, then %ds windows at"
            + " concurrency %s; server JVM options %s%n",
        config.startRounds(), config.rounds(), config.warmup().toSeconds(), config.maxWarmup().toSeconds(),
        config.window().toSeconds(),
        config.concurrency(), config.serverJvmArgs().isEmpty() ? "(none)" : config.serverJvmArgs());
    out.println("  " + simulator.label() + ": " + simulator.describe());
    out.println("  " + bareWireMock.label() + ": " + bareWireMock.describe());
    out.println("  throughput workloads: " + String.join(", ", config.workloads()));

    SignedBalanceRequest request = new SignedBalanceRequest(key);
    FirstOkProbe probe = new FirstOkProbe(request);
    List<WorkloadRun> runs = new ArrayList<>();
    for (String id : config.workloads()) {
      runs.add(id.equals(OrderPlaceCancelWorkload.ID)
          ? new WorkloadRun(new OrderPlaceCancelWorkload(new SignedPostRequest(key),
              new RestingBook(config.restingOrders())), bareWireMockOrders)
          : new WorkloadRun(new BalanceWorkload(request), bareWireMock));
    }
    out.printf("  stub body for the balance: %d bytes%n", stubBody.getBytes(StandardCharsets.UTF_8).length);
    for (WorkloadRun run : runs) {
      checkAnswers(run.workload(), simulator, run.bareWireMock(), config, probe, out);
    }

    List<Comparison> results = new ArrayList<>();
    out.println("Start-up:");
    results.add(new StartupBenchmark(config, probe, out).run(simulator, bareWireMock));
    // Each workload on fresh servers of its own, so one workload's JIT profile and state do not
    // colour another's; the balance workload therefore runs exactly as it did alone.
    for (WorkloadRun run : runs) {
      out.println("Throughput, " + run.workload().id() + ":");
      results.addAll(new ThroughputBenchmark(config, probe, run.workload(), out).run(simulator, run.bareWireMock()));
    }

    String loadNote = "Load average (1 min) before the run " + loadBefore + ", after it " + Machine.loadAverage()
        + ", on " + Runtime.getRuntime().availableProcessors() + " cores.";
    String table = Report.markdown(results);
    out.println();
    out.println(table);
    out.println();
    out.println(loadNote);
    Path resultsFile = config.workDir().resolve("results.md");
    Files.writeString(resultsFile, Machine.describe() + "\n\n" + loadNote + "\n\n" + table + "\n",
        StandardCharsets.UTF_8);
    out.println();
    out.println("Targets are reported, not enforced. Results also in " + resultsFile);
  }

  /** One throughput workload and the bare WireMock that has stubs for its paths. */
  private record WorkloadRun(Workload workload, Contender bareWireMock) {}

  /**
   * Before measuring anything: both servers answer the workload's signed requests with 200 and OKX
   * success codes, with bodies of about the same size, so the comparison is between equal answers
   * and not, say, a 401 against a 200.
   */
  private static void checkAnswers(Workload workload, Contender simulator, Contender bareWireMock,
      BenchConfig config, FirstOkProbe probe, PrintStream out) throws IOException, InterruptedException {
    for (Contender contender : List.of(simulator, bareWireMock)) {
      String step = workload.metricPrefix().isEmpty() ? "check" : workload.id() + "-check";
      Path log = config.workDir().resolve("logs").resolve(Rounds.fileName(contender, step, "log"));
      try (ServerProcess server = ServerProcess.launch(contender, config.serverJvmArgs(), log)) {
        probe.awaitFirstOk(server);
        String prepared = workload.prepare(server);
        if (prepared != null) {
          out.printf("  check: %-14s %s%n", contender.label(), prepared);
        }
        String result;
        try (KeepAliveConnection connection = KeepAliveConnection.open(server.port())) {
          result = workload.check(connection, server.port());
        } catch (IllegalStateException e) {
          throw new IllegalStateException(contender.label() + ": " + e.getMessage(), e);
        }
        out.printf("  check: %-14s %s%n", contender.label(), result);
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
