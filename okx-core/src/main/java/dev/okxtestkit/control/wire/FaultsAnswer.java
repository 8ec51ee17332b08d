package dev.okxtestkit.control.wire;

import dev.okxtestkit.faults.FaultRule;
import java.util.List;

/**
 * {@code GET}, {@code POST} and {@code DELETE /__admin/okx/faults}: the armed faults after the command,
 * in the order they are tried, each in the shape it is posted in.
 */
public record FaultsAnswer(List<FaultBody> faults) {

  public FaultsAnswer {
    faults = faults == null ? List.of() : List.copyOf(faults);
  }

  public static FaultsAnswer of(List<FaultRule> rules) {
    return new FaultsAnswer(rules.stream().map(FaultBody::of).toList());
  }

  public List<FaultRule> toRules() {
    return faults.stream().map(FaultBody::toRule).toList();
  }
}
