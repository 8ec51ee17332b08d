package dev.okxtestkit.it.bench;

import com.github.tomakehurst.wiremock.standalone.WireMockServerRunner;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run does, read from {@code bench.*} system properties so a quick run is one
 * command-line switch away ({@code -Dbench.rounds=1 -Dbench.seconds=2}).
 *
 * @param startRounds measured starts per server
 * @param rounds throughput rounds; each starts a fresh pair of servers
 * @param warmup least load at the highest concurrency before any window is measured; on two cores
 *     the JIT needs 20-50 s of load to bring either server to a steady state
 * @param maxWarmup most warm-up, for a server that keeps getting cheaper per request
 * @param window length of one measured throughput window
 * @param concurrency client connections, one window per value and server per round
 * @param simulatorJar the simulator's standalone jar
 * @param wireMockJar WireMock's standalone jar, the baseline
 * @param serverJvmArgs JVM options given to both servers alike
 * @param workDir logs, the baseline's stub directory and the results
 * @param flightRecordings whether both servers record a JFR profile of the measured windows
 * @param workloads throughput workloads in the order run: {@code balance}, {@code orders} (place+cancel);
 *     none ({@code bench.workloads=none}) measures start-up only
 * @param restingOrders other keys' orders resting on the simulator's book during the orders workload
 */
record BenchConfig(
    int startRounds,
    int rounds,
    Duration warmup,
    Duration maxWarmup,
    Duration window,
    List<Integer> concurrency,
    Path simulatorJar,
    Path wireMockJar,
    List<String> serverJvmArgs,
    Path workDir,
    boolean flightRecordings,
    List<String> workloads,
    int restingOrders) {

  static final List<String> KNOWN_WORKLOADS = List.of(BalanceWorkload.ID, OrderPlaceCancelWorkload.ID);
  /** Start-up rounds only: for working on start-up, where a full run would spend 20 minutes on throughput. */
  static final String NO_WORKLOADS = "none";

  BenchConfig {
    if (concurrency.isEmpty()) {
      throw new IllegalArgumentException("bench.concurrency must list at least one number, e.g. 1,8");
    }
    workloads = List.copyOf(workloads);
    if (restingOrders < 0) {
      throw new IllegalArgumentException("bench.restingOrders must be 0 or more, not " + restingOrders);
    }
    if (!KNOWN_WORKLOADS.containsAll(workloads)) {
      throw new IllegalArgumentException(
          "bench.workloads must list some of " + KNOWN_WORKLOADS + " or be " + NO_WORKLOADS + ", not " + workloads);
    }
  }

  /** Exactly {@code none} for no workload; otherwise a non-empty list, checked by the constructor. */
  private static List<String> workloads(String value) {
    if (value.trim().equals(NO_WORKLOADS)) {
      return List.of();
    }
    List<String> workloads =
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    return workloads.isEmpty() ? List.of("(empty)") : workloads; // refused by the constructor
  }

  static BenchConfig fromSystemProperties() {
    int rounds = positive("bench.rounds", 5);
    Duration warmup = Duration.ofSeconds(positive("bench.warmupSeconds", 40));
    return new BenchConfig(
        positive("bench.startRounds", rounds),
        rounds,
        warmup,
        Duration.ofSeconds(Math.max(positive("bench.maxWarmupSeconds", 90), warmup.toSeconds())),
        Duration.ofSeconds(positive("bench.seconds", 5)),
        Arrays.stream(System.getProperty("bench.concurrency", "1,8").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(s -> parsePositive("bench.concurrency", s))
            .toList(),
        locateSimulatorJar(),
        locateWireMockJar(),
        Arrays.stream(System.getProperty("bench.serverJvmArgs", "").trim().split("\\s+"))
            .filter(s -> !s.isEmpty()).toList(),
        Path.of(System.getProperty("bench.workDir", "target/bench")).toAbsolutePath(),
        Boolean.getBoolean("bench.jfr"),
        workloads(System.getProperty("bench.workloads", String.join(",", KNOWN_WORKLOADS))),
        Integer.parseInt(System.getProperty("bench.restingOrders", "5000").trim()));
  }

  private static Path locateSimulatorJar() {
    String value = System.getProperty("bench.simulatorJar");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "bench.simulatorJar is not set; run through Maven: mvn -B -pl it -am -Pbench verify -DskipTests");
    }
    Path jar = Path.of(value);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no simulator jar at " + jar
          + "; build it first (mvn -B -pl it -am -Pbench verify -DskipTests does) or point"
          + " -Dbench.simulatorJar at it");
    }
    return jar;
  }

  /**
   * The jar the test classpath loads WireMock from: the same wiremock-standalone the simulator is
   * built on, so the baseline is exactly the WireMock inside the simulator.
   */
  private static Path locateWireMockJar() {
    String value = System.getProperty("bench.wireMockJar");
    if (value != null && !value.isBlank()) {
      return Path.of(value);
    }
    try {
      Path jar = Path.of(WireMockServerRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(jar) || !jar.getFileName().toString().startsWith("wiremock-standalone")) {
        throw new IllegalStateException("WireMock is not loaded from a wiremock-standalone jar but from " + jar
            + "; point -Dbench.wireMockJar at wiremock-standalone-<version>.jar");
      }
      return jar;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the wiremock-standalone jar", e);
    }
  }

  private static int positive(String name, int defaultValue) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? defaultValue : parsePositive(name, value.trim());
  }

  private static int parsePositive(String name, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
  }
}
