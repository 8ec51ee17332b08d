package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * OKX's paging of history lists (orders, fills, bills): newest first, {@code after} an id for older
 * rows, {@code before} an id for newer ones, at most {@code limit} (default and maximum 100).
 */
final class Paging {

  static final int MAX_PAGE = 100;

  private Paging() {}

  static <T> List<T> page(List<T> newestFirst, Params p, ToLongFunction<T> id, int limit) {
    Optional<Long> after = p.get("after").map(Long::parseLong);
    Optional<Long> before = p.get("before").map(Long::parseLong);
    return newestFirst.stream()
        .filter(row -> after.map(a -> id.applyAsLong(row) < a).orElse(true))
        .filter(row -> before.map(b -> id.applyAsLong(row) > b).orElse(true))
        .limit(limit)
        .toList();
  }

  /** The page size asked for, or empty when it is outside 1 to 100. */
  static Optional<Integer> limit(Params p) {
    long limit = Long.parseLong(p.get("limit").orElse(Integer.toString(MAX_PAGE)));
    return limit < 1 || limit > MAX_PAGE ? Optional.empty() : Optional.of((int) limit);
  }
}
