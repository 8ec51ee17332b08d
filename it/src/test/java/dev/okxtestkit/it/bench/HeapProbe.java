package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server JVM's memory as the soak reports it: the live heap (what is still reachable after a full GC,
 * asked for with {@code jcmd PID GC.run}) and the resident set size the OS gives the process. The live
 * heap is the figure that shows a leak; RSS is what a CI runner's memory limit sees.
 */
final class HeapProbe {

  private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");
  /** G1's line in {@code GC.heap_info}: " garbage-first heap   total 262144K, used 23456K [...". */
  private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  private HeapProbe() {}

  /**
   * @param liveHeapKiB heap in use right after a full GC
   * @param rssKiB resident set size of the whole process
   */
  record Sample(long liveHeapKiB, long rssKiB) {}

  static Sample sample(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("jcmd GC.heap_info printed no G1 heap line for " + pid);
    }
    Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
    return new Sample(Long.parseLong(used.group(1)), rss.find() ? Long.parseLong(rss.group(1)) : -1);
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(JCMD.toString(), Long.toString(pid), command))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
    }
    return output;
  }
}
