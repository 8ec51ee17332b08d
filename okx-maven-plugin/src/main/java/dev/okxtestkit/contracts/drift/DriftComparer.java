package dev.okxtestkit.contracts.drift;

import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckStatus;
import dev.okxtestkit.contracts.check.Observation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Lists every difference between the answers of two runs of the same checks: the target's and the
 * embedded simulator's. Shapes only (status, codes, fields and their JSON types), never values, which
 * differ between any two markets anyway.
 */
public final class DriftComparer {

  private DriftComparer() {}

  public static List<Drift> compare(List<CheckResult> target, List<CheckResult> simulator) {
    Map<String, CheckResult> simulated = new LinkedHashMap<>();
    simulator.forEach(r -> simulated.put(r.id(), r));
    List<Drift> drifts = new ArrayList<>();
    for (CheckResult onTarget : target) {
      CheckResult onSimulator = simulated.get(onTarget.id());
      if (onSimulator == null || onTarget.status() == CheckStatus.SKIPPED
          || onSimulator.status() == CheckStatus.SKIPPED) {
        continue; // not run on both sides: nothing to compare
      }
      if (onTarget.status() != onSimulator.status()) {
        drifts.add(new Drift(onTarget.id(), "", "outcome", name(onTarget.status()), name(onSimulator.status())));
      }
      compareObservations(onTarget, onSimulator, drifts);
    }
    return List.copyOf(drifts);
  }

  private static void compareObservations(CheckResult target, CheckResult simulator, List<Drift> drifts) {
    Map<String, Observation> simulated = new LinkedHashMap<>();
    simulator.observations().forEach(o -> simulated.put(o.label(), o));
    for (Observation t : target.observations()) {
      Observation s = simulated.remove(t.label());
      String where = t.label() + " " + t.request();
      if (s == null) {
        drifts.add(new Drift(target.id(), where, "request", "made", "not made"));
        continue;
      }
      differ(drifts, target.id(), where, "HTTP status", Integer.toString(t.httpStatus()),
          Integer.toString(s.httpStatus()));
      differ(drifts, target.id(), where, "code", quoted(t.code()), quoted(s.code()));
      differ(drifts, target.id(), where, "sCode", quoted(t.sCode()), quoted(s.sCode()));
      if ((t.dataItems() == 0) != (s.dataItems() == 0) || (t.dataItems() < 0) != (s.dataItems() < 0)) {
        drifts.add(new Drift(target.id(), where, "data items", items(t.dataItems()), items(s.dataItems())));
      }
      if (!t.fieldTypes().isEmpty() && !s.fieldTypes().isEmpty()) {
        compareFields(target.id(), where, t.fieldTypes(), s.fieldTypes(), drifts);
      }
    }
    simulated.values().forEach(s ->
        drifts.add(new Drift(target.id(), s.label() + " " + s.request(), "request", "not made", "made")));
  }

  private static void compareFields(
      String check, String where, Map<String, String> target, Map<String, String> simulator, List<Drift> drifts) {
    target.forEach((field, type) -> {
      String simulatedType = simulator.get(field);
      if (simulatedType == null) {
        drifts.add(new Drift(check, where, "missing field", field + " (" + type + ")", "absent"));
      } else if (!simulatedType.equals(type)) {
        drifts.add(new Drift(check, where, "field type", field + " " + type, field + " " + simulatedType));
      }
    });
    simulator.forEach((field, type) -> {
      if (!target.containsKey(field)) {
        drifts.add(new Drift(check, where, "extra field", "absent", field + " (" + type + ")"));
      }
    });
  }

  private static void differ(List<Drift> drifts, String check, String where, String aspect, String t, String s) {
    if (!Objects.equals(t, s)) {
      drifts.add(new Drift(check, where, aspect, t, s));
    }
  }

  private static String items(int count) {
    return count < 0 ? "no data array" : count == 0 ? "empty data" : "data with items";
  }

  private static String quoted(String value) {
    return value.isEmpty() ? "(none)" : "\"" + value + "\"";
  }

  private static String name(CheckStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
