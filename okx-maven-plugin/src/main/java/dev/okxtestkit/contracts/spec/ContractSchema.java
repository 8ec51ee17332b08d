package dev.okxtestkit.contracts.spec;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract file format, {@code okx-contract.schema.json} (in this jar, built from the project's
 * {@code docs/}), applied by networknt's JSON Schema validator. The schema holds the rules and, next to
 * each rule, the sentence a user reads when a file breaks it (its {@code "message"} entries, which
 * other tools ignore), so rule and message cannot drift apart. Thread-safe.
 */
final class ContractSchema {

  static final String RESOURCE = "/okx-contract.schema.json";
  private static final String MESSAGE = "message";
  private static final String NAME_RULE = "#/$defs/contract/properties/name";
  /** Keywords about a value the file holds: the message then quotes it. */
  private static final Set<String> VALUE_KEYWORDS =
      Set.of("type", "enum", "const", "pattern", "minimum", "maximum", "minLength");

  private final JsonNode schemaJson;
  private final Schema file;
  private final Schema name;

  ContractSchema() {
    try (InputStream in = ContractSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
      }
      schemaJson = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String id = schemaJson.path("$id").asText();
    // Draft 2020-12 knowing "message" as an annotation, like "description": the validator would
    // otherwise warn about an unknown keyword. The schema comes from this jar, the meta-schema from the
    // validator's: nothing is fetched.
    Dialect dialect = Dialect.builder(Dialects.getDraft202012()).keyword(new AnnotationKeyword(MESSAGE)).build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(dialect, builder -> builder.schemas(Map.of(id, schemaJson.toString())));
    file = registry.getSchema(SchemaLocation.of(id));
    name = registry.getSchema(SchemaLocation.of(id + NAME_RULE));
  }

  /** Every rule a parsed file breaks, as {@code $[1].request.method: must be ...}, in file order. */
  List<String> problems(JsonNode root) {
    Map<String, Span> spans = new HashMap<>();
    span(root, "$", spans);
    List<Located> located = new ArrayList<>();
    for (Error error : file.validate(root)) {
      Span object = spans.getOrDefault(path(error.getInstanceLocation()), new Span(0, 0));
      // A missing property is listed after what is wrong inside its object, where it would be written.
      int position = error.getKeyword().equals("required") ? object.end() * 2 - 1
          : spans.getOrDefault(where(error), object).start() * 2;
      located.add(new Located(position, where(error) + ": " + message(error, true)));
    }
    located.sort(Comparator.comparingInt(Located::position)); // stable: ties keep the validator's order
    return located.stream().map(Located::text).toList();
  }

  /** What is wrong with a contract name, e.g. one taken from a file name; empty when it is fine. */
  List<String> nameProblems(String contractName) {
    return name.validate(TextNode.valueOf(contractName)).stream().map(e -> message(e, false)).toList();
  }

  private record Located(int position, String text) {}

  /** Where a place of the file starts and ends in reading order. */
  private record Span(int start, int end) {}

  private static String where(Error error) {
    String at = path(error.getInstanceLocation());
    return switch (error.getKeyword()) {
      case "required", "additionalProperties" -> at + "." + error.getProperty();
      default -> at;
    };
  }

  private String message(Error error, boolean quoteValue) {
    String keyword = error.getKeyword();
    JsonNode rule = schemaJson.at(parentPointer(error.getSchemaLocation().getFragment()));
    if (keyword.equals("additionalProperties")) {
      Set<String> known = new TreeSet<>();
      rule.path("properties").fieldNames().forEachRemaining(known::add);
      return "unknown property; known: " + known;
    }
    JsonNode custom = rule.path(MESSAGE).path(keyword);
    if (keyword.equals("required")) {
      custom = custom.path(error.getProperty());
    }
    String text = custom.isTextual() ? custom.textValue() : error.getMessage();
    JsonNode value = error.getInstanceNode();
    return quoteValue && VALUE_KEYWORDS.contains(keyword) && value != null ? text + ", not " + describe(value) : text;
  }

  /** The schema object that holds the failing keyword (the location names the keyword itself). */
  private static JsonPointer parentPointer(NodePath keywordLocation) {
    JsonPointer pointer = JsonPointer.empty();
    for (int i = 0; i < keywordLocation.getNameCount() - 1; i++) {
      Object element = keywordLocation.getElement(i);
      pointer = element instanceof Integer index ? pointer.appendIndex(index)
          : pointer.appendProperty(element.toString());
    }
    return pointer;
  }

  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    String text = value.toString();
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  /** {@code $}, {@code $.request.method}, {@code $[1].expect}: the places users see in messages. */
  private static String path(NodePath location) {
    StringBuilder sb = new StringBuilder("$");
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      sb.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
    }
    return sb.toString();
  }

  /** Numbers every place of the file in reading order, to list problems as they appear. */
  private static void span(JsonNode node, String where, Map<String, Span> spans) {
    int start = spans.size();
    spans.put(where, null);
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(key -> span(node.get(key), where + "." + key, spans));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        span(node.get(i), where + "[" + i + "]", spans);
      }
    }
    spans.put(where, new Span(start, spans.size()));
  }
}
