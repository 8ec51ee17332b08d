package dev.okxtestkit.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.protocol.ApiRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one request (or one item of a batch), as text. OKX treats an empty value as
 * absent, and so does this. JSON numbers and booleans are read as their text.
 */
public final class Params {

  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    this.values = values;
  }

  public static Params of(Map<String, String> values) {
    return new Params(Map.copyOf(values));
  }

  /** Every query parameter, percent-decoded (the first value of a repeated name). */
  public static Params fromQuery(ApiRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : request.query().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String name = ApiRequest.decode(pair.substring(0, eq));
        values.putIfAbsent(name, ApiRequest.decode(pair.substring(eq + 1)));
      }
    }
    return new Params(values);
  }

  /** The fields of a JSON object; nested arrays and objects keep their JSON text. */
  public static Params fromJson(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if (!value.isNull()) {
        values.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
      }
    });
    return new Params(values);
  }

  public Optional<String> get(String name) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  public String getOrEmpty(String name) {
    return get(name).orElse("");
  }

  /** The value as a decimal; empty when absent. Call after validation, which rejects bad numbers. */
  public Optional<BigDecimal> decimal(String name) {
    return get(name).map(BigDecimal::new);
  }

  public boolean flag(String name) {
    return get(name).map(Boolean::parseBoolean).orElse(false);
  }

  public Map<String, String> asMap() {
    return values;
  }
}
