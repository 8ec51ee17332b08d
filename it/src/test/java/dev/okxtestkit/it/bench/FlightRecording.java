package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * With {@code -Dbench.jfr=true}: a JDK Flight Recorder profile of each server during the measured
 * windows only, started and stopped with {@code jcmd} so warm-up and start-up do not dilute it. Both
 * servers are recorded alike, so the recorder's overhead does not skew the comparison. Open the
 * files with {@code jfr print --events jdk.ExecutionSample} or JDK Mission Control.
 */
final class FlightRecording {

  private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");
  private static final String NAME = "bench";

  private FlightRecording() {}

  static void start(ServerProcess server, Path file) throws IOException, InterruptedException {
    Files.createDirectories(file.getParent());
    jcmd(server, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
  }

  /** Stops the recording, which writes its file. */
  static void stop(ServerProcess server) throws IOException, InterruptedException {
    jcmd(server, "JFR.stop", "name=" + NAME);
  }

  private static void jcmd(ServerProcess server, String... command) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(JCMD.toString(), Long.toString(server.pid())));
    args.addAll(List.of(command));
    Process jcmd = new ProcessBuilder(args).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
      jcmd.destroyForcibly();
      throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed for "
          + server.contender().label() + "; is " + JCMD + " there?");
    }
  }
}
