package dev.okxtestkit.contracts.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.contracts.check.ApiCall;
import dev.okxtestkit.contracts.check.Tamper;
import dev.okxtestkit.endpoints.Routes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The request of a contract, ready to send.
 *
 * @param method {@code GET} or {@code POST}
 * @param path from {@code /api/v5/}, without query
 * @param query the query as sent (and signed), without {@code ?}; {@code ""} when none
 * @param body the body as sent (and signed), {@code ""} when none
 * @param auth whether the request is signed with the target's key
 */
public record ContractRequest(String method, String path, String query, String body, boolean auth) {

  /**
   * The request of a contract file (see {@code okx-contract.schema.json}), which the schema has
   * checked: a query object is encoded, a body object or array sent as compact JSON in file order,
   * strings exactly as written; without {@code auth}, public and market paths go unsigned.
   */
  @JsonCreator
  static ContractRequest fromFile(
      @JsonProperty("method") String method,
      @JsonProperty("path") String path,
      @JsonProperty("query") JsonNode query,
      @JsonProperty("body") JsonNode body,
      @JsonProperty("auth") Boolean auth) {
    return new ContractRequest(method, path, query(query), body == null || body.isNull() ? ""
        : body.isTextual() ? body.textValue() : body.toString(), auth == null ? isPrivatePath(path) : auth);
  }

  public String target() {
    return query.isEmpty() ? path : path + "?" + query;
  }

  public ApiCall toCall() {
    return new ApiCall(method, target(), body, auth, Tamper.NONE);
  }

  /** OKX's public, market and system endpoints need no signature; everything else does. */
  public static boolean isPrivatePath(String path) {
    return !path.startsWith(Routes.API_PREFIX) || Routes.isPrivatePath(path);
  }

  private static String query(JsonNode query) {
    if (query == null || query.isNull()) {
      return "";
    }
    if (query.isTextual()) {
      return query.textValue();
    }
    StringBuilder sb = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = query.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> param = it.next();
      sb.append(sb.length() == 0 ? "" : "&").append(encode(param.getKey())).append('=')
          .append(encode(param.getValue().asText()));
    }
    return sb.toString();
  }

  /** Percent-encodes, but keeps ',' as OKX's own examples send comma lists (ccy=BTC,ETH). */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
  }
}
