package dev.okxtestkit.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The book a {@code books} subscriber holds after a message: levels by price ({@code [px, sz, "0",
 * orders]} strings as sent), bids from the highest, asks from the lowest, and the message's seqId.
 */
record BookState(NavigableMap<BigDecimal, List<String>> bids, NavigableMap<BigDecimal, List<String>> asks,
    long seqId) {

  private static final int CHECKSUM_LEVELS = 25;

  /** The book in a REST {@code market/books} row. */
  static BookState of(JsonNode row) {
    return new BookState(levels(row.path("bids"), Comparator.reverseOrder()),
        levels(row.path("asks"), Comparator.naturalOrder()), row.path("seqId").asLong());
  }

  private static NavigableMap<BigDecimal, List<String>> levels(JsonNode rows, Comparator<BigDecimal> order) {
    NavigableMap<BigDecimal, List<String>> levels = new TreeMap<>(order);
    for (JsonNode level : rows) {
      List<String> texts = new ArrayList<>();
      level.forEach(item -> texts.add(item.asText()));
      levels.put(new BigDecimal(texts.get(0)), texts);
    }
    return levels;
  }

  /** The levels of {@code after} that differ from {@code before}, and {@code [px, "0", "0", "0"]} for those gone. */
  static ArrayNode changes(NavigableMap<BigDecimal, List<String>> before,
      NavigableMap<BigDecimal, List<String>> after) {
    NavigableMap<BigDecimal, List<String>> changed = new TreeMap<>(after.comparator());
    for (Map.Entry<BigDecimal, List<String>> level : after.entrySet()) {
      if (!level.getValue().equals(before.get(level.getKey()))) {
        changed.put(level.getKey(), level.getValue());
      }
    }
    for (Map.Entry<BigDecimal, List<String>> level : before.entrySet()) {
      if (!after.containsKey(level.getKey())) {
        changed.put(level.getKey(), List.of(level.getValue().get(0), "0", "0", "0"));
      }
    }
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    changed.values().forEach(level -> {
      ArrayNode row = rows.addArray();
      level.forEach(row::add);
    });
    return rows;
  }

  List<List<String>> topBids() {
    return bids.values().stream().limit(CHECKSUM_LEVELS).toList();
  }

  List<List<String>> topAsks() {
    return asks.values().stream().limit(CHECKSUM_LEVELS).toList();
  }
}
