package dev.okxtestkit.it.bench;

import dev.okxtestkit.signing.CredentialsGenerator;
import dev.okxtestkit.signing.OkxCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The memory soak: the standalone simulator with its default settings (request journal on) under
 * closed-loop load at full speed for an hour, its live heap and RSS reported every five minutes. It
 * passes when the live heap at the end is within 10% of the live heap after warm-up: whatever a test
 * suite sends, the simulator's memory stays bounded (journal, order history, fills, bills and trade tape
 * are all capped).
 *
 * <p>Run with {@code mvn -B -pl it -am -Psoak verify -DskipTests}; {@code -Dsoak.minutes},
 * {@code -Dsoak.reportMinutes}, {@code -Dsoak.warmupMinutes}, {@code -Dsoak.concurrency} and
 * {@code -Dsoak.serverJvmArgs} (e.g. {@code -Xmx256m}) change it.
 * See docs/benchmarks.md.
 */
public final class MemorySoak {

  private static final double TOLERANCE = 0.10;
  /** Set again before every slice, so fees never drain the account however long the soak runs. */
  private static final String BALANCES = "{\"USDT\":\"1000000\",\"BTC\":\"100\"}";

  private MemorySoak() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    Duration total = Duration.ofMinutes(Long.getLong("soak.minutes", 60));
    Duration slice = Duration.ofMinutes(Long.getLong("soak.reportMinutes", 5));
    Duration warmup = Duration.ofMinutes(Long.getLong("soak.warmupMinutes", 5));
    int concurrency = Integer.getInteger("soak.concurrency", 8);
    if (slice.isZero() || slice.isNegative() || total.compareTo(slice) < 0 || concurrency < 1) {
      throw new IllegalArgumentException("soak.reportMinutes must be at least 1 and at most soak.minutes, and"
          + " soak.concurrency at least 1");
    }
    // G1 explicitly: HeapProbe reads G1's heap line, and the JVM picks Serial on small machines.
    List<String> jvmArgs = Stream.concat(Stream.of("-XX:+UseG1GC"), Arrays.stream(System.getProperty("soak.serverJvmArgs", "").trim().split("\\s+"))
        .filter(s -> !s.isEmpty())).toList();
    Path jar = Path.of(System.getProperty("bench.simulatorJar"));
    Path workDir = Path.of(System.getProperty("bench.workDir", "target/bench")).toAbsolutePath();
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> ProcessHandle.current().children().forEach(ProcessHandle::destroy), "soak-cleanup"));

    OkxCredentials key = new CredentialsGenerator().next();
    // The simulator as a user starts it: request journal on, default limits; only the key is fixed.
    Contender simulator = new Contender(Contender.SIMULATOR, jar, List.of("--bind", "127.0.0.1", "--ws-port", "0",
        "--api-key", key.apiKey(), "--secret-key", key.secretKey(), "--passphrase", key.passphrase()));
    SignedPostRequest post = new SignedPostRequest(key);
    SignedBalanceRequest balance = new SignedBalanceRequest(key);
    SoakWorkload workload = new SoakWorkload(
        new BalanceWorkload(balance), new OrderPlaceCancelWorkload(post, new RestingBook(0)), post);

    out.println("OKX simulator memory soak, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    out.println(Machine.describe());
    out.println("load average (1 min) before the soak: " + Machine.loadAverage());
    out.printf("%s; JVM options %s; %d min warm-up, then %d min at concurrency %d, reported every %d min%n",
        simulator.describe(), jvmArgs.isEmpty() ? "(none)" : jvmArgs, warmup.toMinutes(), total.toMinutes(),
        concurrency, slice.toMinutes());
    List<String> rows = new ArrayList<>();
    try (ServerProcess server = ServerProcess.launch(simulator, jvmArgs, workDir.resolve("logs/soak.log"))) {
      Duration started = new FirstOkProbe(balance).awaitFirstOk(server);
      Admin admin = new Admin(server.port(), key.apiKey());
      admin.topUp();
      try (KeepAliveConnection connection = KeepAliveConnection.open(server.port())) {
        out.println("started in " + started.toMillis() + " ms; checked " + workload.check(connection, server.port()));
      }
      LoadGenerator load = new LoadGenerator(workload);
      Throughput warm = load.run(server.port(), concurrency, warmup);
      admin.topUp();
      HeapProbe.Sample baseline = HeapProbe.sample(server.pid());
      rows.add(row("after warm-up", warm, baseline, admin.journalSize()));
      out.println(header());
      out.println(rows.get(0));
      HeapProbe.Sample last = baseline;
      for (long minute = slice.toMinutes(); minute <= total.toMinutes(); minute += slice.toMinutes()) {
        Throughput done = load.run(server.port(), concurrency, slice);
        admin.topUp();
        last = HeapProbe.sample(server.pid());
        rows.add(row(minute + " min", done, last, admin.journalSize()));
        out.println(rows.get(rows.size() - 1));
        if (done.failed() > 0) {
          out.println("  " + done.failed() + " requests failed in this slice:\n" + server.logTail());
        }
      }
      double growth = (double) last.liveHeapKiB() / baseline.liveHeapKiB() - 1;
      String verdict = String.format("live heap at the end: %+.1f%% against after warm-up (target within %.0f%%): %s",
          growth * 100, TOLERANCE * 100, Math.abs(growth) <= TOLERANCE ? "met" : "NOT met");
      out.println(verdict);
      out.println("load average (1 min) after the soak: " + Machine.loadAverage());
      Files.createDirectories(workDir);
      Files.writeString(workDir.resolve("soak.md"),
          header() + "\n" + String.join("\n", rows) + "\n\n" + verdict + "\n", StandardCharsets.UTF_8);
    }
  }

  private static String header() {
    return "| at | requests | failed | req/s | live heap (MiB) | RSS (MiB) | journal entries |\n"
        + "|---|---:|---:|---:|---:|---:|---:|";
  }

  private static String row(String at, Throughput load, HeapProbe.Sample sample, String journal) {
    return String.format("| %s | %d | %d | %.0f | %.1f | %.1f | %s |", at, load.ok(), load.failed(),
        load.perSecond(), sample.liveHeapKiB() / 1024.0, sample.rssKiB() / 1024.0, journal);
  }

  /** The few admin calls the soak makes, over the simulator's admin API on loopback. */
  private record Admin(HttpClient http, String base, String apiKey) {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    Admin(int port, String apiKey) {
      this(HttpClient.newHttpClient(), "http://127.0.0.1:" + port + "/__admin", apiKey);
    }

    void topUp() throws IOException, InterruptedException {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
              URI.create(base + "/okx/accounts/" + apiKey + "/balances"))
          .POST(HttpRequest.BodyPublishers.ofString(BALANCES)).build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("setting the balances answered " + answer.statusCode() + ": " + answer.body());
      }
    }

    /** WireMock's count of journal entries ({@code meta.total}), as text. */
    String journalSize() throws IOException, InterruptedException {
      String body = http.send(HttpRequest.newBuilder(URI.create(base + "/requests?limit=1")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      Matcher total = TOTAL.matcher(body);
      return total.find() ? total.group(1) : "?";
    }
  }
}
