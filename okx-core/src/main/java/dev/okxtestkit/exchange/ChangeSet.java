package dev.okxtestkit.exchange;

import dev.okxtestkit.market.PublicTrade;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what the exchange changes while it works on one operation, for {@link ExchangeEvents}. Guarded
 * by the exchange's lock; only a few set insertions per change, so REST requests do not pay for streams.
 */
final class ChangeSet {

  private final Set<String> instruments = new LinkedHashSet<>();
  private final Map<String, Set<Order>> orders = new LinkedHashMap<>();
  private final Set<String> accounts = new LinkedHashSet<>();
  private final Map<String, Set<AlgoOrder>> algos = new LinkedHashMap<>();
  private final Map<String, List<PublicTrade>> trades = new LinkedHashMap<>();

  void market(String instId) {
    instruments.add(instId);
  }

  /** A trade on the public tape (its instrument's price and book moved with it). */
  void trade(String instId, PublicTrade trade) {
    instruments.add(instId);
    trades.computeIfAbsent(instId, k -> new ArrayList<>()).add(trade);
  }

  void order(Account account, Order order) {
    orders.computeIfAbsent(account.apiKey, k -> new LinkedHashSet<>()).add(order);
    accounts.add(account.apiKey);
  }

  void algo(Account account, AlgoOrder algo) {
    algos.computeIfAbsent(account.apiKey, k -> new LinkedHashSet<>()).add(algo);
  }

  void account(Account account) {
    account(account.apiKey);
  }

  void account(String apiKey) {
    accounts.add(apiKey);
  }

  boolean isEmpty() {
    return instruments.isEmpty() && orders.isEmpty() && accounts.isEmpty() && algos.isEmpty();
  }

  /** What changed since the last call, with each order as it is now; starts over. */
  Changes drain() {
    Map<String, List<OrderView>> views = new LinkedHashMap<>();
    orders.forEach((apiKey, changed) -> {
      List<OrderView> list = new ArrayList<>();
      changed.forEach(o -> list.add(o.view()));
      views.put(apiKey, list);
    });
    Map<String, List<AlgoView>> algoViews = new LinkedHashMap<>();
    algos.forEach((apiKey, changed) -> algoViews.put(apiKey, changed.stream().map(AlgoOrder::view).toList()));
    Changes changes = new Changes(instruments, views, accounts, algoViews, trades);
    instruments.clear();
    trades.clear();
    orders.clear();
    accounts.clear();
    algos.clear();
    return changes;
  }
}
