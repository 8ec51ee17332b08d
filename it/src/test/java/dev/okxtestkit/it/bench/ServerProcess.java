package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A contender running in its own JVM. Output goes to a log file rather than a pipe, so no reader
 * thread competes with the measurement and a chatty server can never block on a full pipe.
 */
final class ServerProcess implements AutoCloseable {

  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  private final Contender contender;
  private final Process process;
  private final long launchedNanos;
  private final int port;
  private final Path log;

  private ServerProcess(Contender contender, Process process, long launchedNanos, int port, Path log) {
    this.contender = contender;
    this.process = process;
    this.launchedNanos = launchedNanos;
    this.port = port;
    this.log = log;
  }

  /**
   * Launches the contender on a free port. The clock starts just before the fork, so start-up time
   * includes everything a user waits for: JVM boot, class loading, stub loading, Jetty start.
   */
  static ServerProcess launch(Contender contender, List<String> jvmArgs, Path log) throws IOException {
    int port = freePort();
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(contender.command(JAVA, jvmArgs, port))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // The simulator also reads OKX_* variables (e.g. OKX_RATE_LIMITS); a developer's shell must not
    // change what is measured.
    builder.environment().keySet().removeIf(name -> name.startsWith("OKX_"));
    long launched = System.nanoTime();
    return new ServerProcess(contender, builder.start(), launched, port, log);
  }

  /**
   * A port nobody listens on right now. Picked by the harness rather than with {@code --port 0}
   * because bare WireMock announces its port only in a banner; the same way for both keeps them
   * comparable. Another process could grab it in between, which would show as a failed start.
   */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  Contender contender() {
    return contender;
  }

  int port() {
    return port;
  }

  long launchedNanos() {
    return launchedNanos;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * CPU time the server's JVM has used so far, all threads (request handling, GC, JIT). Less
   * sensitive to other load on the machine than requests per second, so it shows where a
   * throughput gap comes from. Linux reports it in clock ticks (10 ms); fine over seconds of load.
   */
  Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration()
        .orElseThrow(() -> new IllegalStateException("this OS does not report a process's CPU time"));
  }

  /** The end of the server's output, for error messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no output in " + log + ": " + e.getMessage() + ")";
    }
  }

  /** SIGTERM, then SIGKILL if the JVM has not exited after 10 s; returns once it is gone. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
