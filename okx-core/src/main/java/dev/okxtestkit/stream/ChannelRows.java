package dev.okxtestkit.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.okxtestkit.endpoints.RestRows;
import dev.okxtestkit.market.PublicTrade;
import dev.okxtestkit.protocol.Json;
import dev.okxtestkit.signing.OkxCredentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code data} of each channel's push, read from the REST endpoints that answer the same question (a
 * pushed ticker is the ticker {@code market/ticker} answers), so REST and WebSocket cannot disagree.
 */
final class ChannelRows {

  private static final Set<String> INST_TYPES = Set.of("SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "ANY");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final RestRows rows;

  ChannelRows(RestRows rows) {
    this.rows = rows;
  }

  /** Whether OKX would stream the channel for these arguments (otherwise: 60018). */
  boolean exists(Channel channel, String wire, String instId, String instType) {
    if (channel.isCandles()) {
      return Channel.isBar(wire.substring(channel.wire().length())) && !instId.isEmpty()
          && candles(channel, wire, instId).isPresent();
    }
    if (channel == Channel.FUNDING_RATE) { // swaps only
      return !instId.isEmpty() && rows.data("/api/v5/public/funding-rate?instId=" + encode(instId), null).isPresent();
    }
    if ("instId".equals(channel.requiredArg())) {
      return !instId.isEmpty() && rows.data("/api/v5/market/ticker?instId=" + encode(instId), null).isPresent();
    }
    if ("instType".equals(channel.requiredArg())) {
      return INST_TYPES.contains(instType);
    }
    return true;
  }

  /** The market channels that push the instrument's current state: tickers, books5, bbo-tbt, prices. */
  Optional<JsonNode> market(Channel channel, String instId) {
    String id = encode(instId);
    return switch (channel) {
      case TICKERS -> rows.data("/api/v5/market/ticker?instId=" + id, null);
      case BOOKS5 -> rows.data("/api/v5/market/books?sz=5&instId=" + id, null).map(r -> book(r, instId));
      case BBO_TBT -> rows.data("/api/v5/market/books?sz=1&instId=" + id, null).map(r -> book(r, null));
      case FUNDING_RATE -> rows.data("/api/v5/public/funding-rate?instId=" + id, null);
      case MARK_PRICE -> rows.data("/api/v5/market/ticker?instId=" + id, null).flatMap(ticker ->
          rows.data("/api/v5/public/mark-price?instType=" + ticker.path(0).path("instType").asText()
              + "&instId=" + id, null));
      default -> Optional.empty();
    };
  }

  /** The whole book as {@code market/books} answers it, up to OKX's 400 levels a side. */
  Optional<JsonNode> fullBook(String instId) {
    return rows.data("/api/v5/market/books?sz=400&instId=" + encode(instId), null).map(r -> r.path(0));
  }

  /**
   * The current bar of a candle channel ({@code [ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm]}, or
   * OKX's shorter row for mark and index candles), as the REST candles endpoint gives it.
   */
  Optional<JsonNode> candles(Channel channel, String wire, String instId) {
    String path = switch (channel) {
      case MARK_PRICE_CANDLE -> "/api/v5/market/mark-price-candles";
      case INDEX_CANDLE -> "/api/v5/market/index-candles";
      default -> "/api/v5/market/candles";
    };
    String bar = wire.substring(channel.wire().length());
    return rows.data(path + "?limit=1&bar=" + encode(bar) + "&instId=" + encode(instId), null)
        .filter(r -> r.size() == 1);
  }

  JsonNode trade(String instId, PublicTrade trade) {
    return Json.parse(Json.write(RestRows.trade(instId, trade))).orElseThrow();
  }

  Optional<JsonNode> balance(String ccy, OkxCredentials key) {
    return rows.data("/api/v5/account/balance" + (ccy.isEmpty() ? "" : "?ccy=" + encode(ccy)), key);
  }

  Optional<JsonNode> positions(String instType, OkxCredentials key) {
    String query = instType.equals("ANY") ? "" : "?instType=" + encode(instType);
    return rows.data("/api/v5/account/positions" + query, key);
  }

  /** The uid OKX puts in a private push's {@code arg}. */
  String uid(OkxCredentials key) {
    return rows.data("/api/v5/account/config", key).map(data -> data.path(0).path("uid").asText()).orElse("");
  }

  /** A books5/bbo-tbt row: {@code seqId} last and a number, {@code instId} only where OKX sends it. */
  private static JsonNode book(JsonNode rest, String instId) {
    ObjectNode book = (ObjectNode) rest.path(0).deepCopy();
    if (instId != null) {
      book.put("instId", instId);
    }
    book.remove("seqId");
    book.put("seqId", rest.path(0).path("seqId").asLong());
    ArrayNode data = NODES.arrayNode();
    return data.add(book);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
