package dev.okxtestkit.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one exchange operation changed.
 *
 * @param instruments instruments whose price, book or trades moved
 * @param orders per API key, the orders that were placed or changed, as they are now, in order of change
 * @param accounts API keys whose balances or positions may have moved
 * @param algos per API key, the algo orders placed or changed, as they are now
 */
public record Changes(Set<String> instruments, Map<String, List<OrderView>> orders, Set<String> accounts,
    Map<String, List<AlgoView>> algos) {

  public Changes {
    instruments = Set.copyOf(instruments);
    orders = Map.copyOf(orders);
    accounts = Set.copyOf(accounts);
    algos = Map.copyOf(algos);
  }

  public boolean isEmpty() {
    return instruments.isEmpty() && orders.isEmpty() && accounts.isEmpty() && algos.isEmpty();
  }
}
