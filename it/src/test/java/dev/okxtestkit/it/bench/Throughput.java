package dev.okxtestkit.it.bench;

/**
 * What one fixed-duration load window achieved.
 *
 * @param ok requests answered as expected (status 200; for orders also OKX's item result 0)
 * @param failed other answers and I/O errors; any at all make the window suspect
 * @param elapsedNanos from the start signal until the last client thread finished
 */
record Throughput(long ok, long failed, long elapsedNanos) {

  double perSecond() {
    return ok * 1e9 / elapsedNanos;
  }
}
