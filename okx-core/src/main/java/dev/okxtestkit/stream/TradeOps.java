package dev.okxtestkit.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Json;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Trading over WebSocket (https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-place-order): each op
 * becomes the request of the REST endpoint that does the same, so it goes through the same validation,
 * rate limits, faults and matching as REST (one code path), and the REST answer becomes the op's reply.
 */
final class TradeOps {

  /** Trading ops and the REST endpoints that serve them. */
  private static final Map<String, String> ENDPOINTS = Map.of(
      "order", "/api/v5/trade/order",
      "batch-orders", "/api/v5/trade/batch-orders",
      "cancel-order", "/api/v5/trade/cancel-order",
      "batch-cancel-orders", "/api/v5/trade/cancel-batch-orders",
      "amend-order", "/api/v5/trade/amend-order",
      "batch-amend-orders", "/api/v5/trade/amend-batch-orders");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final LongFunction<Optional<String>> instIdOfCode;

  TradeOps(LongFunction<Optional<String>> instIdOfCode) {
    this.instIdOfCode = instIdOfCode;
  }

  static boolean isTradeOp(String op) {
    return ENDPOINTS.containsKey(op);
  }

  /** The REST request for the op's args; empty when they are not a (one-item, unless batch) array. */
  Optional<ApiRequest> request(String op, JsonNode args, OkxCredentials trader, String clientIp) {
    boolean batch = op.startsWith("batch-");
    if (!args.isArray() || args.isEmpty() || (!batch && args.size() > 1)) {
      return Optional.empty();
    }
    ArrayNode items = NODES.arrayNode();
    args.forEach(arg -> items.add(withInstId(arg)));
    String body = batch ? items.toString() : items.get(0).toString();
    return Optional.of(new ApiRequest("POST", ENDPOINTS.get(op), body,
        Map.of(OkxHeaders.ACCESS_KEY, trader.apiKey(), "Content-Type", "application/json"), clientIp));
  }

  /** The op's reply: the REST answer's code, msg, per-item data and times, with the request's id. */
  static ObjectNode reply(String id, String op, ApiResponse response) {
    JsonNode answer = Json.parse(response.body()).orElseGet(NODES::objectNode);
    ObjectNode reply = head(id, op);
    reply.put("code", answer.path("code").asText("1"));
    reply.put("msg", answer.path("msg").asText(""));
    reply.set("data", answer.path("data").isArray() ? answer.path("data") : NODES.arrayNode());
    reply.put("inTime", answer.path("inTime").asText(""));
    reply.put("outTime", answer.path("outTime").asText(""));
    return reply;
  }

  /** OKX's reply to a trading op of a key without the trade permission. */
  static ObjectNode withoutPermission(String id, String op) {
    ObjectNode refused = head(id, op);
    refused.put("code", "50120");
    refused.put("msg", "This API key doesn't have permission to use this function");
    refused.set("data", NODES.arrayNode());
    return refused;
  }

  private static ObjectNode head(String id, String op) {
    ObjectNode reply = NODES.objectNode();
    if (id != null) {
      reply.put("id", id);
    }
    reply.put("op", op);
    return reply;
  }

  /**
   * OKX wants {@code instIdCode} in place of {@code instId} on WebSocket trading ops since 2026 (ccxt pro
   * sends the code {@code public/instruments} lists): the REST endpoint gets the instrument id it stands
   * for, and an unknown code becomes an unknown instrument (51001).
   */
  private JsonNode withInstId(JsonNode arg) {
    if (!arg.isObject() || arg.hasNonNull("instId") || !arg.hasNonNull("instIdCode")) {
      return arg;
    }
    ObjectNode copy = ((ObjectNode) arg).deepCopy();
    JsonNode code = copy.remove("instIdCode");
    long parsed = code.canConvertToLong() ? code.asLong()
        : code.asText().matches("\\d{1,18}") ? Long.parseLong(code.asText()) : -1;
    Optional<String> instId = parsed < 0 ? Optional.empty() : instIdOfCode.apply(parsed);
    copy.put("instId", instId.orElse("instIdCode " + code.asText()));
    return copy;
  }
}
