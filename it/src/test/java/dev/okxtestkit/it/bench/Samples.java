package dev.okxtestkit.it.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Samples collected round by round, per metric and per server; turned into {@link Comparison}s at the end. */
final class Samples {

  private final Map<String, List<Double>> byMetricAndServer = new HashMap<>();

  void add(String metric, Contender server, double value) {
    byMetricAndServer.computeIfAbsent(key(metric, server.label()), k -> new ArrayList<>()).add(value);
  }

  Comparison compare(String metric, String unit, Comparison.Target target) {
    return new Comparison(metric, unit, target, of(metric, Contender.SIMULATOR), of(metric, Contender.BARE_WIREMOCK));
  }

  private List<Double> of(String metric, String label) {
    return byMetricAndServer.getOrDefault(key(metric, label), List.of());
  }

  private static String key(String metric, String label) {
    return metric + "\u0000" + label;
  }
}
