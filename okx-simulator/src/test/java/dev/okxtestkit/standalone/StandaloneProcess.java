package dev.okxtestkit.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The standalone jar running in its own JVM, as a user starts it; collects what it prints. */
final class StandaloneProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final List<String> stdout = new CopyOnWriteArrayList<>();
  private final List<Thread> pumps = new ArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();

  private StandaloneProcess(Process process) {
    this.process = process;
    pumps.add(pump(process.getInputStream(), stdout));
    pumps.add(pump(process.getErrorStream(), stderr));
  }

  static Path jar() {
    String jar = System.getProperty("okx.standalone.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "system property okx.standalone.jar must name the built standalone jar (run through failsafe)");
    }
    return Path.of(jar);
  }

  static StandaloneProcess start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
    command.addAll(List.of(args));
    return new StandaloneProcess(new ProcessBuilder(command).start());
  }

  /** Waits for the ready line and the banner after it, and returns the base URL it announces. */
  String awaitBaseUrl() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (stdout.stream().anyMatch(l -> l.trim().startsWith("Balances:"))) {
        String first = stdout.get(0);
        if (!first.startsWith("OKX simulator listening on ")) {
          throw new AssertionError("unexpected first line: " + first);
        }
        return first.substring("OKX simulator listening on ".length());
      }
      if (!process.isAlive()) {
        throw new AssertionError("simulator exited with " + process.exitValue() + ": " + stderr);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("simulator did not start within " + START_TIMEOUT + ": " + stderr);
  }

  /** The value after "Label:" in the startup banner, e.g. {@code line("API key")}. */
  String bannerValue(String label) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      // The banner's lines arrive one by one after the first; wait for this one, not for a fixed time.
      var line = stdout.stream().filter(l -> l.trim().startsWith(label + ":")).findFirst();
      if (line.isPresent()) {
        return line.get().substring(line.get().indexOf(':') + 1).trim();
      }
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new AssertionError("no '" + label + "' in " + stdout);
      }
      java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
    }
  }

  /** Waits for the process to end and for its output to be read to the end, then its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("process still running after " + timeout);
    }
    for (Thread pump : pumps) {
      pump.join(timeout.toMillis()); // each ends at the end of its stream, which follows the exit
    }
    return process.exitValue();
  }

  /** SIGTERM, as `docker stop` or `kill` send. */
  void terminate() {
    process.destroy();
  }

  List<String> stdout() {
    return stdout;
  }

  List<String> stderr() {
    return stderr;
  }

  /** Output is read by background threads; wait until a line matching appears. */
  boolean awaitStderrContaining(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (stderr.stream().anyMatch(l -> l.contains(text))) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Thread pump(InputStream in, List<String> lines) {
    Thread t = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the process went away
      }
    }, "standalone-output");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
