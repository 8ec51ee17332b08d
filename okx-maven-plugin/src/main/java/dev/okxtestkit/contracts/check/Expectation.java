package dev.okxtestkit.contracts.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What an answer must be.
 *
 * @param httpStatus the HTTP status
 * @param code the envelope's code, e.g. {@code "0"} or {@code "50113"}
 * @param msg the envelope's message, when it matters
 * @param fields fields {@code data[0]} must have; none means {@code data} may be empty or absent
 * @param sCode {@code data[0].sCode}, when it matters
 */
public record Expectation(
    int httpStatus, String code, Optional<String> msg, List<String> fields, Optional<String> sCode) {

  public Expectation {
    fields = List.copyOf(fields);
  }

  /**
   * The {@code expect} of a contract file (see {@code okx-contract.schema.json}), which the schema has
   * checked: by default HTTP 200 and code 0; a code written as a number is taken as its digits.
   */
  @JsonCreator
  static Expectation fromFile(
      @JsonProperty("httpStatus") Integer httpStatus,
      @JsonProperty("code") String code,
      @JsonProperty("msg") String msg,
      @JsonProperty("fields") List<String> fields,
      @JsonProperty("sCode") String sCode) {
    return new Expectation(httpStatus == null ? 200 : httpStatus, code == null ? "0" : code,
        Optional.ofNullable(msg), fields == null ? List.of() : fields, Optional.ofNullable(sCode));
  }

  /** HTTP 200, code 0 and these fields in {@code data[0]}. */
  public static Expectation success(String... fields) {
    return new Expectation(200, "0", Optional.empty(), List.of(fields), Optional.empty());
  }

  /** An error answer: status and code. */
  public static Expectation error(int httpStatus, String code) {
    return new Expectation(httpStatus, code, Optional.empty(), List.of(), Optional.empty());
  }

  /** What differs, one line per aspect; empty when the answer meets the expectation. */
  public List<String> differences(Answer answer) {
    List<String> out = new ArrayList<>();
    if (answer.httpStatus() != httpStatus) {
      out.add("HTTP status: expected " + httpStatus + ", got " + answer.httpStatus());
    }
    if (!answer.code().equals(code)) {
      out.add("code: expected \"" + code + "\", got " + (answer.json().has("code")
          ? "\"" + answer.code() + "\"" + (answer.msg().isEmpty() ? "" : " (msg \"" + answer.msg() + "\")")
          : "no OKX envelope (body: " + answer.bodyExcerpt() + ")"));
    }
    msg.filter(m -> !m.equals(answer.msg()))
        .ifPresent(m -> out.add("msg: expected \"" + m + "\", got \"" + answer.msg() + "\""));
    if (!fields.isEmpty()) {
      Optional<JsonNode> first = answer.first();
      if (first.isEmpty() || !first.get().isObject()) {
        out.add("fields: expected data[0] with " + fields + ", got " + (first.isEmpty()
            ? "no data[0]" : "data[0] of type " + Observation.typeOf(first.get())));
      } else {
        List<String> missing = fields.stream().filter(f -> !first.get().has(f)).toList();
        if (!missing.isEmpty()) {
          out.add("fields: data[0] lacks " + missing + " (it has " + names(first.get()) + ")");
        }
      }
    }
    sCode.ifPresent(expected -> {
      String actual = answer.sCode().orElse("");
      if (!expected.equals(actual)) {
        out.add("sCode: expected \"" + expected + "\", got " + (actual.isEmpty() ? "none"
            : "\"" + actual + "\" (sMsg \"" + answer.firstText("sMsg") + "\")"));
      }
    });
    return out;
  }

  /** {@code HTTP 200, code 0, data[0] fields [ts]}, for messages. */
  public String describe() {
    StringBuilder sb = new StringBuilder("HTTP " + httpStatus + ", code " + code);
    msg.ifPresent(m -> sb.append(", msg \"").append(m).append('"'));
    if (!fields.isEmpty()) {
      sb.append(", data[0] fields ").append(fields);
    }
    sCode.ifPresent(s -> sb.append(", sCode ").append(s));
    return sb.toString();
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
