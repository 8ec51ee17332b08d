package dev.okxtestkit.it.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The results as a Markdown table (readable on a terminal too): medians, the ratio, whether the
 * target is met, then every sample so the spread, i.e. the noise, is visible next to the median.
 */
final class Report {

  private Report() {}

  static String markdown(List<Comparison> comparisons) {
    List<String> lines = new ArrayList<>();
    lines.add("| metric | okx-simulator | bare WireMock | ratio | target | met |");
    lines.add("|---|---:|---:|---:|---|---|");
    for (Comparison c : comparisons) {
      lines.add(String.format(Locale.ROOT, "| %s (%s, median) | %s | %s | %.2fx | %s | %s |",
          c.metric(), c.unit(), number(Comparison.median(c.simulator())),
          number(Comparison.median(c.bareWireMock())), c.ratio(), c.target(), !c.hasTarget() ? "" : c.met() ? "yes" : "**no**"));
    }
    lines.add("");
    lines.add("Ratio = okx-simulator / bare WireMock. Samples per round (min..max in brackets):");
    lines.add("");
    for (Comparison c : comparisons) {
      lines.add("- " + c.metric() + " (" + c.unit() + "): okx-simulator " + samples(c.simulator())
          + "; bare WireMock " + samples(c.bareWireMock()));
    }
    return String.join("\n", lines);
  }

  private static String samples(List<Double> samples) {
    if (samples.isEmpty()) {
      return "none";
    }
    return samples.stream().map(Report::number).collect(Collectors.joining(", ", "", ""))
        + " [" + number(Collections.min(samples)) + ".." + number(Collections.max(samples)) + "]";
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
