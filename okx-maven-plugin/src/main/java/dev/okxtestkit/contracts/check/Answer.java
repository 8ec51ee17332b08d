package dev.okxtestkit.contracts.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.contracts.http.HttpAnswer;
import java.io.IOException;
import java.util.Optional;

/**
 * An OKX answer, read: status, envelope code and message, {@code data}, and the simulator's diagnosis
 * when there is one.
 *
 * @param httpStatus the HTTP status
 * @param json the parsed body, {@link MissingNode} when it is not JSON
 * @param diagnosis the {@code X-Okx-Simulator-Diagnosis} header, empty from a real OKX
 * @param rawBody the body as text
 */
public record Answer(int httpStatus, JsonNode json, Optional<String> diagnosis, String rawBody) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT = 300;

  public static Answer of(HttpAnswer http) {
    JsonNode json;
    try {
      json = http.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(http.body());
    } catch (IOException e) {
      json = MissingNode.getInstance();
    }
    return new Answer(http.status(), json == null ? MissingNode.getInstance() : json,
        http.header(OkxSimulation.DIAGNOSIS_HEADER), http.body());
  }

  /** The envelope's {@code code} as text (OKX sends a string), {@code ""} when absent. */
  public String code() {
    return json.path("code").asText("");
  }

  public String msg() {
    return json.path("msg").asText("");
  }

  public JsonNode data() {
    return json.path("data");
  }

  /** {@code data[0]} when {@code data} is a non-empty array. */
  public Optional<JsonNode> first() {
    JsonNode data = data();
    return data.isArray() && !data.isEmpty() ? Optional.of(data.get(0)) : Optional.empty();
  }

  /** {@code data[0].sCode}, the per-order result of trade writes. */
  public Optional<String> sCode() {
    return first().filter(JsonNode::isObject).map(f -> f.get("sCode")).map(JsonNode::asText);
  }

  /** The field of {@code data[0]} as text, {@code ""} when absent. */
  public String firstText(String field) {
    return first().map(f -> f.path(field).asText("")).orElse("");
  }

  /** The start of the body, for messages about answers that are not OKX JSON. */
  public String bodyExcerpt() {
    String oneLine = rawBody.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "...";
  }
}
