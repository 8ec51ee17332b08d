package dev.okxtestkit.it.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One metric measured on both servers, one sample per round, and the target the simulator should
 * meet relative to bare WireMock. Medians, because one disturbed round on a shared two-core machine
 * should not move the result.
 *
 * @param metric row name in the results table
 * @param unit unit of the samples
 * @param target the ratio simulator / bare WireMock should stay on the right side of, if any
 * @param simulator the simulator's samples, in round order
 * @param bareWireMock bare WireMock's samples, in round order
 */
record Comparison(String metric, String unit, Target target, List<Double> simulator, List<Double> bareWireMock) {

  /** A bound on simulator / bare WireMock, or none for rows that only explain the others. */
  record Target(Bound bound, double ratio) {
    enum Bound { AT_LEAST, AT_MOST, NONE }

    static Target atLeast(double ratio) {
      return new Target(Bound.AT_LEAST, ratio);
    }

    static Target atMost(double ratio) {
      return new Target(Bound.AT_MOST, ratio);
    }

    static Target none() {
      return new Target(Bound.NONE, Double.NaN);
    }

    boolean metBy(double actual) {
      return switch (bound) {
        case AT_LEAST -> actual >= ratio;
        case AT_MOST -> actual <= ratio;
        case NONE -> true;
      };
    }

    @Override
    public String toString() {
      return switch (bound) {
        case AT_LEAST -> String.format(Locale.ROOT, ">= %.2fx", ratio);
        case AT_MOST -> String.format(Locale.ROOT, "<= %.2fx", ratio);
        case NONE -> "(info)";
      };
    }
  }

  Comparison {
    simulator = List.copyOf(simulator);
    bareWireMock = List.copyOf(bareWireMock);
  }

  double ratio() {
    return median(simulator) / median(bareWireMock);
  }

  boolean met() {
    return target.metBy(ratio());
  }

  boolean hasTarget() {
    return target.bound() != Target.Bound.NONE;
  }

  static double median(List<Double> samples) {
    if (samples.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
