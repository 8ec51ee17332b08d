package dev.okxtestkit.exchange;

import dev.okxtestkit.market.PublicTrade;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param trades per instrument, the trades printed on its public tape, oldest first
 */
public record Changes(Set<String> instruments, Map<String, List<OrderView>> orders, Set<String> accounts,
    Map<String, List<AlgoView>> algos, Map<String, List<PublicTrade>> trades) {

  public Changes {
    instruments = Set.copyOf(instruments);
    orders = Map.copyOf(orders);
    accounts = Set.copyOf(accounts);
    algos = Map.copyOf(algos);
    Map<String, List<PublicTrade>> copied = new LinkedHashMap<>();
    trades.forEach((instId, list) -> copied.put(instId, List.copyOf(list)));
    trades = Collections.unmodifiableMap(copied);
  }

  public boolean isEmpty() {
    return instruments.isEmpty() && orders.isEmpty() && accounts.isEmpty() && algos.isEmpty() && trades.isEmpty();
  }
}
