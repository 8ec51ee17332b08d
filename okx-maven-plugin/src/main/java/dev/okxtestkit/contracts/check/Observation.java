package dev.okxtestkit.contracts.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of one answer a check got, kept for the reports and for comparing two targets: never the
 * request's headers, never field values.
 *
 * @param label the request's role in its check, e.g. {@code place}; unique within the check
 * @param request method and path with query
 * @param httpStatus the HTTP status
 * @param code the envelope's code
 * @param sCode {@code data[0].sCode}, {@code ""} when absent
 * @param dataItems the number of items in {@code data}, -1 when there is no {@code data} array
 * @param fieldTypes JSON type of each field of {@code data[0]} when it is an object, in answer order
 * @param diagnosis the simulator's diagnosis, {@code ""} when none
 */
public record Observation(
    String label,
    String request,
    int httpStatus,
    String code,
    String sCode,
    int dataItems,
    Map<String, String> fieldTypes,
    String diagnosis) {

  public Observation {
    fieldTypes = Collections.unmodifiableMap(new LinkedHashMap<>(fieldTypes));
  }

  public static Observation of(String label, ApiCall call, Answer answer) {
    JsonNode data = answer.data();
    Map<String, String> types = new LinkedHashMap<>();
    Optional<JsonNode> first = answer.first();
    if (first.isPresent() && first.get().isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = first.get().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        types.put(field.getKey(), typeOf(field.getValue()));
      }
    }
    return new Observation(label, call.describe(), answer.httpStatus(), answer.code(), answer.sCode().orElse(""),
        data.isArray() ? data.size() : -1, types, answer.diagnosis().orElse(""));
  }

  /** The JSON type name of a value: string, number, boolean, array, object or null. */
  public static String typeOf(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING, BINARY -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case OBJECT, POJO -> "object";
      case NULL, MISSING -> "null";
    };
  }
}
