package dev.okxtestkit.faults;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The faults users asked for, consumed as requests match them. Seeded, so a probabilistic fault plan
 * fails the same requests in every run. Thread-safe.
 */
public final class FaultInjector {

  private final List<Armed> rules = new ArrayList<>();
  private Random random;

  public FaultInjector(long seed) {
    this.random = new Random(seed);
  }

  public synchronized void add(FaultRule rule) {
    rules.add(new Armed(rule, rule.times()));
  }

  public synchronized void clear() {
    rules.clear();
  }

  public synchronized void reseed(long seed) {
    random = new Random(seed);
  }

  /** The armed rules in the order they are tried, each with the times it has left. */
  public synchronized List<FaultRule> rules() {
    return rules.stream().map(armed -> new FaultRule(armed.rule.path(), armed.rule.apiKey(), armed.rule.action(),
        armed.left, armed.rule.probability())).toList();
  }

  /** The fault for this request, if a rule matches and fires; a fired rule counts down. */
  public synchronized Optional<FaultAction> next(String path, String apiKey) {
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    Iterator<Armed> it = rules.iterator();
    while (it.hasNext()) {
      Armed armed = it.next();
      if (!armed.rule().matches(path, apiKey)) {
        continue;
      }
      if (armed.rule().probability() < 1.0 && random.nextDouble() >= armed.rule().probability()) {
        continue;
      }
      if (armed.left != Integer.MAX_VALUE && --armed.left == 0) {
        it.remove();
      }
      return Optional.of(armed.rule().action());
    }
    return Optional.empty();
  }

  private static final class Armed {
    private final FaultRule rule;
    private int left;

    Armed(FaultRule rule, int left) {
      this.rule = rule;
      this.left = left;
    }

    FaultRule rule() {
      return rule;
    }
  }
}
