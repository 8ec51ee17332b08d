package dev.okxtestkit.junit.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.okxtestkit.junit.OkxBaseUrl;
import dev.okxtestkit.junit.OkxSimulator;
import dev.okxtestkit.signing.OkxCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The first test class of a fresh JVM, with {@code @OkxSimulator} against the same class with a plain
 * {@link WireMockExtension} (what a hand-written stub setup costs): each run is a JVM of its own that runs
 * one class of ten methods (each sends one public GET to its server, so both pay for their server's first
 * request) through the JUnit Launcher, alternating the two. The time runs from just
 * before the Launcher executes the class (JVM start-up and JUnit's own boot are the same on both sides)
 * to its end: loading WireMock and Jetty, starting the server, the tests. Target: at most 300 ms more.
 */
final class FirstClassBenchmark {

  private static final int ROUNDS = 9;
  private static final String RESULT = "first-class-ms ";

  private FirstClassBenchmark() {}

  /** Child JVM: runs one class, prints its time. */
  public static void main(String[] args) {
    Class<?> fixture = args[0].equals("okx") ? WithOkxSimulator.class : WithWireMockExtension.class;
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    var launcher = LauncherFactory.create();
    long start = System.nanoTime();
    launcher.execute(request().selectors(selectClass(fixture)).build(), summary);
    long elapsed = System.nanoTime() - start;
    if (summary.getSummary().getTestsSucceededCount() != 10) {
      summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.out, true), 10);
      throw new IllegalStateException(fixture.getSimpleName() + ": the tests did not all pass");
    }
    System.out.println(RESULT + elapsed / 1e6);
    System.out.println("jvm-uptime-ms " + ManagementFactory.getRuntimeMXBean().getUptime());
  }

  /** Parent: alternates fresh JVMs of both kinds and prints the medians. */
  static void compare() throws IOException, InterruptedException {
    List<Double> okx = new ArrayList<>();
    List<Double> wireMock = new ArrayList<>();
    child("okx"); // the first JVM of a run warms the OS's file cache for both
    child("wiremock");
    for (int i = 0; i < ROUNDS; i++) {
      okx.add(child("okx"));
      wireMock.add(child("wiremock"));
    }
    double o = median(okx);
    double w = median(wireMock);
    System.out.printf("%nfirst test class in a fresh JVM (10 methods), median of %d JVMs each:%n", ROUNDS);
    System.out.printf("  plain WireMockExtension   %7.1f ms%n", w);
    System.out.printf("  @OkxSimulator             %7.1f ms%n", o);
    System.out.printf("  extra                     %7.1f ms   (target <= 300 ms)%n", o - w);
  }

  private static double child(String kind) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), FirstClassBenchmark.class.getName(), kind)
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !output.contains(RESULT)) {
      throw new IllegalStateException("the " + kind + " JVM failed:\n" + output);
    }
    String line = output.lines().filter(l -> l.startsWith(RESULT)).findFirst().orElseThrow();
    return Double.parseDouble(line.substring(RESULT.length()).trim());
  }

  /** What each test does on both sides: one public request, so each pays for its server's first request. */
  static void get(String baseUrl) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/api/v5/public/time").toURL()
          .openConnection(Proxy.NO_PROXY);
      try (InputStream body = connection.getInputStream()) {
        if (connection.getResponseCode() != 200 || body.readAllBytes().length == 0) {
          throw new AssertionError("no answer");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  @OkxSimulator
  static class WithOkxSimulator {
    @Test void m01(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
    @Test void m02(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
    @Test void m03(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
    @Test void m04(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
    @Test void m05(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
    @Test void m06(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
    @Test void m07(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
    @Test void m08(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
    @Test void m09(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
    @Test void m10(OkxCredentials key, @OkxBaseUrl String baseUrl) { get(baseUrl); BenchFixtures.use(key, baseUrl); }
  }

  static class WithWireMockExtension {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @BeforeEach // WireMockExtension resets stubs before each test, as users' stubs are set per test
    void stub() {
      wm.stubFor(WireMock.get("/api/v5/public/time").willReturn(WireMock.okJson(
          "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"1700000000000\"}]}")));
    }

    @Test void m01() { get(wm.baseUrl()); }
    @Test void m02() { get(wm.baseUrl()); }
    @Test void m03() { get(wm.baseUrl()); }
    @Test void m04() { get(wm.baseUrl()); }
    @Test void m05() { get(wm.baseUrl()); }
    @Test void m06() { get(wm.baseUrl()); }
    @Test void m07() { get(wm.baseUrl()); }
    @Test void m08() { get(wm.baseUrl()); }
    @Test void m09() { get(wm.baseUrl()); }
    @Test void m10() { get(wm.baseUrl()); }
  }
}
