package dev.okxtestkit.it.bench;

import java.util.List;
import java.util.Locale;

/** Small helpers shared by the phases. */
final class Rounds {

  private Rounds() {}

  /**
   * Simulator first in odd rounds, bare WireMock first in even ones: whatever the machine does over
   * time (another job starting, CPU frequency changes) then falls on both equally often.
   */
  static List<Contender> order(int round, Contender simulator, Contender bareWireMock) {
    return round % 2 == 1 ? List.of(simulator, bareWireMock) : List.of(bareWireMock, simulator);
  }

  /** {@code okx-simulator-start-3.log}: one file per server and step, so nothing is overwritten within a run. */
  static String fileName(Contender contender, String step, String extension) {
    return contender.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + step + "." + extension;
  }
}
