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
    Contender simulator = Contender.simulator(config.simulatorJar(), key);
    Contender bareWireMock = Contender.bareWireMock(config.wireMockJar(), wireMockRoot);

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

    SignedBalanceRequest request = new SignedBalanceRequest(key);
    FirstOkProbe probe = new FirstOkProbe(request);
    checkSameAnswer(simulator, bareWireMock, config, request, probe, stubBody, out);

    List<Comparison> results = new ArrayList<>();
    out.println("Start-up:");
    results.add(new StartupBenchmark(config, probe, out).run(simulator, bareWireMock));
    out.println("Throughput:");
    results.addAll(new ThroughputBenchmark(config, probe, new LoadGenerator(request), out)
        .run(simulator, bareWireMock));

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

  /**
   * Before measuring anything: both servers answer the signed request with 200 and bodies of the same
   * size, so the comparison is between equal answers and not, say, a 401 against a 200.
   */
  private static void checkSameAnswer(Contender simulator, Contender bareWireMock, BenchConfig config,
      SignedBalanceRequest request, FirstOkProbe probe, String stubBody, PrintStream out)
      throws IOException, InterruptedException {
    for (Contender contender : List.of(simulator, bareWireMock)) {
      Path log = config.workDir().resolve("logs").resolve(Rounds.fileName(contender, "check", "log"));
      try (ServerProcess server = ServerProcess.launch(contender, config.serverJvmArgs(), log)) {
        probe.awaitFirstOk(server);
        HttpReply reply;
        try (KeepAliveConnection connection = KeepAliveConnection.open(server.port())) {
          reply = connection.exchange(request.next(server.port()), true);
        }
        String body = new String(reply.body(), StandardCharsets.UTF_8);
        if (reply.status() != 200 || !body.startsWith("{\"code\":\"0\"")) {
          throw new IllegalStateException(contender.label() + " answered " + reply.status() + ": " + body);
        }
        out.printf("  check: %-14s HTTP %d, %d body bytes (stub body: %d bytes)%n",
            contender.label(), reply.status(), reply.bodyLength(),
            stubBody.getBytes(StandardCharsets.UTF_8).length);
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
