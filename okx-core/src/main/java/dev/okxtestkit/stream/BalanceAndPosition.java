package dev.okxtestkit.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code balance_and_position} subscription (https://www.okx.com/docs-v5/en/#trading-account-websocket-
 * balance-and-position-channel): a snapshot of the non-zero cash balances and open positions, then only
 * what changed ({@code balData} alone when only balances moved); a position that closed is pushed once with
 * {@code pos} "0". Placing an order changes no cash balance, so it pushes nothing.
 */
final class BalanceAndPosition {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> POSITION_FIELDS = List.of(
      "posId", "tradeId", "instId", "instType", "mgnMode", "posSide", "pos", "ccy", "posCcy", "avgPx", "uTime");

  /** ccy → cashBal last pushed. */
  private Map<String, String> cash = Map.of();
  /** posId → the position row last pushed. */
  private Map<String, ObjectNode> positions = Map.of();
  private boolean snapshotSent;

  /**
   * The push's {@code data} for the account now, or empty when nothing this channel reports changed.
   *
   * @param balance {@code account/balance}'s first row
   * @param positionRows {@code account/positions}' rows
   * @param trades {@code {instId, tradeId}} of the fills that caused the change
   */
  synchronized Optional<ArrayNode> next(JsonNode balance, JsonNode positionRows, String eventType, ArrayNode trades) {
    Map<String, String> cashNow = new LinkedHashMap<>();
    ArrayNode balData = NODES.arrayNode();
    for (JsonNode detail : balance.path("details")) {
      String ccy = detail.path("ccy").asText();
      String cashBal = detail.path("cashBal").asText();
      if (isZero(cashBal)) {
        continue;
      }
      cashNow.put(ccy, cashBal);
      if (!cashBal.equals(cash.get(ccy))) {
        balData.add(balRow(ccy, cashBal, detail.path("uTime").asText()));
      }
    }
    cash.keySet().stream().filter(ccy -> !cashNow.containsKey(ccy))
        .forEach(ccy -> balData.add(balRow(ccy, "0", balance.path("uTime").asText())));

    Map<String, ObjectNode> positionsNow = new LinkedHashMap<>();
    ArrayNode posData = NODES.arrayNode();
    for (JsonNode row : positionRows) {
      if (isZero(row.path("pos").asText())) {
        continue;
      }
      ObjectNode position = positionRow(row);
      String posId = position.path("posId").asText();
      positionsNow.put(posId, position);
      ObjectNode before = positions.get(posId);
      if (before == null || !before.path("pos").equals(position.path("pos"))
          || !before.path("avgPx").equals(position.path("avgPx"))) {
        posData.add(position);
      }
    }
    positions.forEach((posId, before) -> {
      if (!positionsNow.containsKey(posId)) {
        ObjectNode closed = before.deepCopy();
        closed.put("pos", "0");
        posData.add(closed);
      }
    });

    boolean snapshot = !snapshotSent;
    if (!snapshot && balData.isEmpty() && posData.isEmpty()) {
      return Optional.empty();
    }
    snapshotSent = true;
    cash = cashNow;
    positions = positionsNow;
    ObjectNode data = NODES.objectNode();
    data.put("pTime", balance.path("uTime").asText());
    data.put("eventType", snapshot ? "snapshot" : eventType);
    data.set("balData", balData);
    data.set("posData", posData);
    data.set("trades", snapshot ? NODES.arrayNode() : trades);
    return Optional.of(NODES.arrayNode().add(data));
  }

  private static ObjectNode balRow(String ccy, String cashBal, String uTime) {
    ObjectNode row = NODES.objectNode();
    row.put("ccy", ccy);
    row.put("cashBal", cashBal);
    row.put("uTime", uTime);
    return row;
  }

  private static ObjectNode positionRow(JsonNode rest) {
    ObjectNode row = NODES.objectNode();
    POSITION_FIELDS.forEach(field -> row.put(field, rest.path(field).asText()));
    row.put("nonSettleAvgPx", rest.path("nonSettleAvgPx").asText(""));
    row.put("settledPnl", rest.path("settledPnl").asText(""));
    return row;
  }

  private static boolean isZero(String number) {
    return number.isEmpty() || number.matches("-?0(\\.0*)?");
  }
}
