package dev.okxtestkit.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The simulated market's resting liquidity for one instrument. Users' orders trade against it and
 * consume it; it is not shared between users' orders, so accounts stay isolated. Not thread-safe: the
 * {@link Market} guards it.
 */
public final class OrderBook {

  private final NavigableMap<BigDecimal, BookLevel> asks = new TreeMap<>();
  private final NavigableMap<BigDecimal, BookLevel> bids = new TreeMap<>(Comparator.reverseOrder());
  private long seqId;

  OrderBook(List<BookLevel> bidLevels, List<BookLevel> askLevels, long seqId) {
    replace(bidLevels, askLevels);
    this.seqId = seqId;
  }

  void replace(List<BookLevel> bidLevels, List<BookLevel> askLevels) {
    asks.clear();
    bids.clear();
    askLevels.forEach(l -> asks.merge(l.price(), l, OrderBook::merge));
    bidLevels.forEach(l -> bids.merge(l.price(), l, OrderBook::merge));
    seqId++;
  }

  private static BookLevel merge(BookLevel a, BookLevel b) {
    return new BookLevel(a.price(), a.size().add(b.size()), a.orders() + b.orders());
  }

  /** Asks, lowest first. */
  public List<BookLevel> asks(int depth) {
    return top(asks, depth);
  }

  /** Bids, highest first. */
  public List<BookLevel> bids(int depth) {
    return top(bids, depth);
  }

  public long seqId() {
    return seqId;
  }

  /** Levels a taker on {@code side} (a buyer takes asks) may take at {@code limit} or better (null: any). */
  List<BookLevel> takeable(Side side, BigDecimal limit) {
    NavigableMap<BigDecimal, BookLevel> levels = side == Side.BUY ? asks : bids;
    List<BookLevel> result = new ArrayList<>();
    for (BookLevel level : levels.values()) {
      boolean crosses = limit == null
          || (side == Side.BUY ? level.price().compareTo(limit) <= 0 : level.price().compareTo(limit) >= 0);
      if (!crosses) {
        break;
      }
      result.add(level);
    }
    return result;
  }

  /** Removes {@code size} at {@code price} from the side a {@code side} taker trades against. */
  void consume(Side side, BigDecimal price, BigDecimal size) {
    NavigableMap<BigDecimal, BookLevel> levels = side == Side.BUY ? asks : bids;
    BookLevel level = levels.get(price);
    if (level == null) {
      return;
    }
    BigDecimal left = level.size().subtract(size);
    if (left.signum() <= 0) {
      levels.remove(price);
    } else {
      levels.put(price, new BookLevel(price, left, level.orders()));
    }
    seqId++;
  }

  private static List<BookLevel> top(Map<BigDecimal, BookLevel> levels, int depth) {
    return levels.values().stream().limit(depth).toList();
  }
}
