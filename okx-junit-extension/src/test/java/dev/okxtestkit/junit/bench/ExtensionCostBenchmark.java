package dev.okxtestkit.junit.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * What {@code @OkxSimulator} costs a test run: the same classes and methods run through the JUnit
 * Launcher with and without the extension, and the difference split into a first class (which
 * starts the simulator), each further class and each method.
 *
 * <p>Not a test: timings on a shared 2-core machine are too noisy to assert on. Run with {@code mvn -B
 * -Pbench -pl okx-junit-extension test -DskipTests}.
 *
 * <p>Model: extra time = first + (classes - 1) * perClass + methods * perMethod, solved from three
 * shapes (1 class x 1 method, N x 1, N x M), each the median of several runs after warm-up. Every
 * launcher run is a fresh root context, so every run with the extension starts (and stops) a
 * simulator: that is the "first class" of a run. Besides wall-clock time it reports the CPU time of
 * the thread that runs the tests (the Launcher runs them on the calling thread): per class and per
 * method the extension does all its work there, and CPU time does not count the time other
 * processes of a busy machine take from it.
 */
public final class ExtensionCostBenchmark {

  private static final int WARMUP_ROUNDS = 5;
  private static final int ROUNDS = 15;

  private final Launcher launcher = LauncherFactory.create();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    new ExtensionCostBenchmark().run();
    FirstClassBenchmark.compare();
  }

  private void run() {
    int n = BenchFixtures.CLASSES;
    int m = BenchFixtures.METHODS;

    // A fresh JVM: the very first run with the extension also loads WireMock, Jetty and the simulator.
    Timing coldPlain = time(shape(BenchFixtures.WITHOUT, 1, 1));
    Timing coldWith = time(shape(BenchFixtures.WITH, 1, 1));

    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      for (List<Class<?>> fixtures : List.of(BenchFixtures.WITH, BenchFixtures.WITHOUT)) {
        time(shape(fixtures, n, m));
        time(shape(fixtures, 1, 1));
      }
    }
    Shape[] shapes = {new Shape(1, 1), new Shape(n, 1), new Shape(n, m)};
    Timing[][] with = new Timing[shapes.length][ROUNDS];
    Timing[][] without = new Timing[shapes.length][ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      for (int s = 0; s < shapes.length; s++) { // interleaved, so drift hits both sides alike
        with[s][r] = time(shape(BenchFixtures.WITH, shapes[s].classes(), shapes[s].methods()));
        without[s][r] = time(shape(BenchFixtures.WITHOUT, shapes[s].classes(), shapes[s].methods()));
      }
    }

    System.out.printf("%nJUnit Launcher, %d cores, Java %s, load average %.1f; median of %d runs after %d"
            + " warm-up rounds%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), ROUNDS, WARMUP_ROUNDS);
    System.out.printf("%-18s %27s %27s%n", "", "wall-clock ms", "test thread CPU ms");
    System.out.printf("%-18s %9s %8s %8s %9s %8s %8s%n",
        "classes x methods", "without", "with", "extra", "without", "with", "extra");
    double[] extraWall = new double[shapes.length];
    double[] extraCpu = new double[shapes.length];
    for (int s = 0; s < shapes.length; s++) {
      double pw = median(without[s], Timing::wallMs);
      double ww = median(with[s], Timing::wallMs);
      double pc = median(without[s], Timing::cpuMs);
      double wc = median(with[s], Timing::cpuMs);
      extraWall[s] = ww - pw;
      extraCpu[s] = wc - pc;
      System.out.printf("%-18s %9.1f %8.1f %8.1f %9.1f %8.1f %8.1f%n",
          shapes[s].classes() + " x " + shapes[s].methods(), pw, ww, extraWall[s], pc, wc, extraCpu[s]);
    }
    Costs wall = Costs.solve(extraWall, n, m);
    Costs cpu = Costs.solve(extraCpu, n, m);
    System.out.printf("%n%-48s %11s %11s %8s%n", "cost of the extension", "wall ms", "CPU ms", "target");
    System.out.printf("%-48s %11.1f %11.1f %8s%n", "first class, fresh JVM (loads, starts simulator)",
        coldWith.wallMs() - coldPlain.wallMs(), coldWith.cpuMs() - coldPlain.cpuMs(), "-");
    System.out.printf("%-48s %11.1f %11.1f %8s%n", "first class of a run, warm JVM (starts simulator)",
        wall.first(), cpu.first(), "-");
    System.out.printf("%-48s %11.2f %11.2f %8s%n", "each further class", wall.perClass(), cpu.perClass(),
        "<= 50");
    System.out.printf("%-48s %11.3f %11.3f %8s%n", "each method (key, injection, auth check)",
        wall.perMethod(), cpu.perMethod(), "<= 2");
    System.out.println();
  }

  /** All methods, or the first {@code methods} ones, of the first {@code classes} classes. */
  private static List<DiscoverySelector> shape(List<Class<?>> fixtures, int classes, int methods) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (Class<?> c : fixtures.subList(0, classes)) {
      if (methods == BenchFixtures.METHODS) {
        selectors.add(selectClass(c));
      } else {
        String last = String.format("m%02d", methods);
        ReflectionSupport.findMethods(
                c, x -> x.getName().matches("m\\d\\d") && x.getName().compareTo(last) <= 0,
                HierarchyTraversalMode.TOP_DOWN)
            .forEach(x -> selectors.add(selectMethod(c, x)));
      }
    }
    return selectors;
  }

  private Timing time(List<DiscoverySelector> selectors) {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    long wall = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    launcher.execute(request().selectors(selectors).build(), summary);
    Timing timing = new Timing(
        (System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    TestExecutionSummary result = summary.getSummary();
    if (result.getTotalFailureCount() > 0 || result.getTestsSucceededCount() == 0) {
      result.printFailuresTo(new PrintWriter(System.err, true), 5);
      throw new IllegalStateException("benchmark tests failed or did not run");
    }
    return timing;
  }

  private static double median(Timing[] timings, ToDoubleFunction<Timing> value) {
    double[] sorted = Arrays.stream(timings).mapToDouble(value).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private record Shape(int classes, int methods) {}

  private record Timing(double wallMs, double cpuMs) {}

  /** The model's three unknowns from the extra time of the shapes 1x1, Nx1 and NxM. */
  private record Costs(double first, double perClass, double perMethod) {
    static Costs solve(double[] extra, int n, int m) {
      double perMethod = (extra[2] - extra[1]) / (n * (m - 1));
      double perClass = (extra[1] - extra[0]) / (n - 1) - perMethod;
      return new Costs(extra[0] - perMethod, perClass, perMethod);
    }
  }
}
