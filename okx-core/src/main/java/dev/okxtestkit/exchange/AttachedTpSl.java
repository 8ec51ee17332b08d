package dev.okxtestkit.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.protocol.Json;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A take profit and/or stop loss attached to an order ({@code attachAlgoOrds} of {@code trade/order}):
 * once the order has filled, it becomes an algo order that closes what the order opened. See
 * <a href="https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order">Place order</a>.
 *
 * @param attachAlgoId the algo order's id, fixed when the order is placed
 * @param tpOrdPx {@code -1} (market) unless given
 */
public record AttachedTpSl(
    String attachAlgoId,
    String attachAlgoClOrdId,
    BigDecimal tpTriggerPx,
    BigDecimal tpOrdPx,
    TriggerPriceType tpTriggerPxType,
    BigDecimal slTriggerPx,
    BigDecimal slOrdPx,
    TriggerPriceType slTriggerPxType) {

  /**
   * The first element of {@code attachAlgoOrds} (OKX's clients send one), read leniently; empty when
   * there is none or it sets no trigger price.
   *
   * @throws IllegalArgumentException naming the field that is not a price
   */
  static Optional<AttachedTpSl> read(String json, String attachAlgoId) {
    Optional<JsonNode> parsed = Json.parse(json);
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException("attachAlgoOrds");
    }
    JsonNode first = parsed.get().isArray() ? parsed.get().path(0) : parsed.get();
    if (!first.isObject()) {
      return Optional.empty();
    }
    BigDecimal tp = price(first, "tpTriggerPx");
    BigDecimal sl = price(first, "slTriggerPx");
    if (tp == null && sl == null) {
      return Optional.empty();
    }
    return Optional.of(new AttachedTpSl(attachAlgoId, first.path("attachAlgoClOrdId").asText(""), tp,
        orderPrice(first, "tpOrdPx"), type(first, "tpTriggerPxType"), sl, orderPrice(first, "slOrdPx"),
        type(first, "slTriggerPxType")));
  }

  private static BigDecimal price(JsonNode node, String field) {
    String text = node.path(field).asText("");
    if (text.isEmpty()) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() <= 0) {
        throw new IllegalArgumentException(field);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field);
    }
  }

  private static BigDecimal orderPrice(JsonNode node, String field) {
    String text = node.path(field).asText("");
    if (text.isEmpty() || text.equals("-1")) {
      return AlgoOrder.MARKET;
    }
    return price(node, field);
  }

  private static TriggerPriceType type(JsonNode node, String field) {
    String text = node.path(field).asText("");
    return text.isEmpty() ? TriggerPriceType.LAST
        : TriggerPriceType.fromWire(text).orElseThrow(() -> new IllegalArgumentException(field));
  }
}
