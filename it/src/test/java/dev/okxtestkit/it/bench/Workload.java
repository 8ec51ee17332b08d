package dev.okxtestkit.it.bench;

import java.io.IOException;

/**
 * What one client thread does, over and over, on its keep-alive connection during a load window: one
 * operation of one or more requests. The load generator, warm-up and windows are the same for every
 * workload, so only the requests differ between, say, the balance rows and the place+cancel rows.
 */
interface Workload {

  /** Name in {@code -Dbench.workloads}, also used in log file names. */
  String id();

  /**
   * Put in front of the metric names. Empty for the balance workload, so its rows keep the names the
   * results in docs/benchmarks.md were reported under.
   */
  String metricPrefix();

  /** Requests one operation sends when nothing fails; more than 1 adds an operations-per-second row. */
  int requestsPerOperation();

  /** What one operation is called in the operations-per-second row, e.g. {@code pairs}. */
  default String operationName() {
    return "operations";
  }

  /** Unit of the operations-per-second row, e.g. {@code pairs/s}. */
  default String operationUnit() {
    return operationName() + "/s";
  }

  /**
   * Sets up what the workload needs on a freshly started server before it is warmed up or checked (e.g.
   * the orders workload's resting book on the simulator).
   *
   * @return a line saying what was set up, for the log, or {@code null} for nothing
   */
  default String prepare(ServerProcess server) throws IOException, InterruptedException {
    return null;
  }

  /** One operation; only an I/O error is thrown, any other failure is counted in the outcome. */
  Outcome perform(KeepAliveConnection connection, int port) throws IOException;

  /**
   * One operation done once and checked in full (status and OKX result codes), before anything is
   * measured; throws {@link IllegalStateException} if an answer is not what the load loop assumes.
   *
   * @return a line saying what was checked, for the log
   */
  String check(KeepAliveConnection connection, int port) throws IOException;

  /**
   * What one operation achieved.
   *
   * @param ok requests answered as expected
   * @param failed requests answered otherwise; the window that saw one is not reported
   * @param keepAlive whether the connection can carry the next operation
   */
  record Outcome(int ok, int failed, boolean keepAlive) {}
}
