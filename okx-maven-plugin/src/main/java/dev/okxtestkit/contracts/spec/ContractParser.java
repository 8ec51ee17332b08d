package dev.okxtestkit.contracts.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.contracts.check.Expectation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads contracts in the format of {@code okx-contract.schema.json}, checking the shape by hand so
 * every problem comes with its JSON location and the fix (no schema library in the user's build).
 */
public final class ContractParser {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> CONTRACT_KEYS = Set.of("$schema", "name", "description", "request", "expect");
  static final Set<String> REQUEST_KEYS = Set.of("method", "path", "query", "body", "auth");
  static final Set<String> EXPECT_KEYS = Set.of("httpStatus", "code", "msg", "fields", "sCode");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._()\\[\\]-]*");
  private static final Pattern QUERY_TEXT = Pattern.compile("[^\\s#?]*");

  /**
   * @param root the parsed file: one contract object or an array of them
   * @param defaultName the name of a contract without one (the file's name)
   * @param problems receives {@code $.request.method: ...} lines; the result is meaningful only if
   *     none were added
   */
  public List<Contract> parse(JsonNode root, String defaultName, List<String> problems) {
    List<Contract> contracts = new ArrayList<>();
    if (root.isObject()) {
      contract(root, "$", defaultName, problems).ifPresent(contracts::add);
    } else if (root.isArray() && !root.isEmpty()) {
      for (int i = 0; i < root.size(); i++) {
        String where = "$[" + i + "]";
        if (!root.get(i).isObject()) {
          problems.add(where + ": must be a contract object {\"request\": ..., \"expect\": ...}");
          continue;
        }
        contract(root.get(i), where, defaultName + "[" + i + "]", problems).ifPresent(contracts::add);
      }
    } else {
      problems.add("$: must be a contract object or a non-empty array of contract objects");
    }
    Set<String> seen = new HashSet<>();
    for (Contract c : contracts) {
      if (!seen.add(c.name())) {
        problems.add("$: two contracts are named \"" + c.name() + "\"; names must be unique in a file");
      }
    }
    return contracts;
  }

  private Optional<Contract> contract(JsonNode node, String where, String defaultName, List<String> problems) {
    int before = problems.size();
    unknownKeys(node, where, CONTRACT_KEYS, problems);
    String name = optionalText(node, "name", where, problems).orElse(defaultName);
    if (!NAME.matcher(name).matches()) {
      problems.add(where + ".name: \"" + name + "\" must start with a letter or digit and use letters, digits,"
          + " spaces and . _ - ( ) [ ]");
    }
    String description = optionalText(node, "description", where, problems).orElse("");
    JsonNode requestNode = node.get("request");
    JsonNode expectNode = node.get("expect");
    ContractRequest request = null;
    Expectation expect = null;
    if (requestNode == null || !requestNode.isObject()) {
      problems.add(where + ".request: required, an object with method and path");
    } else {
      request = request(requestNode, where + ".request", problems);
    }
    if (expectNode == null || !expectNode.isObject()) {
      problems.add(where + ".expect: required, an object, e.g. {\"code\": \"0\", \"fields\": [\"ts\"]}");
    } else {
      expect = expectation(expectNode, where + ".expect", problems);
    }
    return problems.size() > before ? Optional.empty()
        : Optional.of(new Contract(name, description, request, expect));
  }

  private ContractRequest request(JsonNode node, String where, List<String> problems) {
    unknownKeys(node, where, REQUEST_KEYS, problems);
    String method = requiredText(node, "method", where, problems);
    if (!method.isEmpty() && !method.equals("GET") && !method.equals("POST")) {
      problems.add(where + ".method: must be \"GET\" or \"POST\" (upper case), not \"" + method + "\"");
    }
    String path = requiredText(node, "path", where, problems);
    if (!path.isEmpty() && (!path.startsWith("/api/v5/") || path.contains("?") || path.matches(".*\\s.*"))) {
      problems.add(where + ".path: must start with /api/v5/ and hold no query or spaces (put the query in"
          + " \"query\"), not \"" + path + "\"");
    }
    String query = query(node.get("query"), where + ".query", problems);
    String body = body(node.get("body"), method, where + ".body", problems);
    boolean auth = ContractRequest.isPrivatePath(path);
    JsonNode authNode = node.get("auth");
    if (authNode != null) {
      if (authNode.isBoolean()) {
        auth = authNode.booleanValue();
      } else {
        problems.add(where + ".auth: must be true or false");
      }
    }
    return new ContractRequest(method, path, query, body, auth);
  }

  private static String query(JsonNode node, String where, List<String> problems) {
    if (node == null) {
      return "";
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (!QUERY_TEXT.matcher(text).matches()) {
        problems.add(where + ": a query string is sent exactly as written, so it must hold no '?', '#' or"
            + " spaces (use an object to have values encoded)");
      }
      return text;
    }
    if (!node.isObject()) {
      problems.add(where + ": must be an object of parameters, e.g. {\"ccy\": \"BTC\"}, or a query string");
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> param = it.next();
      JsonNode value = param.getValue();
      if (!value.isValueNode() || value.isNull()) {
        problems.add(where + "." + param.getKey() + ": must be a string, number or boolean");
        continue;
      }
      sb.append(sb.length() == 0 ? "" : "&").append(encode(param.getKey())).append('=')
          .append(encode(value.asText()));
    }
    return sb.toString();
  }

  /** Percent-encodes, but keeps ',' as OKX's own examples send comma lists (ccy=BTC,ETH). */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
  }

  private static String body(JsonNode node, String method, String where, List<String> problems) {
    if (node == null) {
      return "";
    }
    if (method.equals("GET")) {
      problems.add(where + ": a GET request has no body; put parameters in \"query\"");
      return "";
    }
    if (node.isTextual()) {
      return node.textValue(); // sent and signed exactly as written
    }
    if (node.isObject() || node.isArray()) {
      try {
        return JSON.writeValueAsString(node); // compact, keys in file order
      } catch (JsonProcessingException e) {
        problems.add(where + ": cannot be serialized: " + e.getOriginalMessage());
        return "";
      }
    }
    problems.add(where + ": must be a JSON object, an array (batch endpoints) or a string sent as is");
    return "";
  }

  private Expectation expectation(JsonNode node, String where, List<String> problems) {
    unknownKeys(node, where, EXPECT_KEYS, problems);
    int httpStatus = 200;
    JsonNode status = node.get("httpStatus");
    if (status != null) {
      if (status.canConvertToInt() && status.isIntegralNumber() && status.intValue() >= 100
          && status.intValue() <= 599) {
        httpStatus = status.intValue();
      } else {
        problems.add(where + ".httpStatus: must be a whole number from 100 to 599, e.g. 200");
      }
    }
    String code = code(node.get("code"), where + ".code", problems).orElse("0");
    Optional<String> msg = optionalText(node, "msg", where, problems);
    List<String> fields = new ArrayList<>();
    JsonNode fieldsNode = node.get("fields");
    if (fieldsNode != null) {
      if (!fieldsNode.isArray()) {
        problems.add(where + ".fields: must be an array of field names of data[0], e.g. [\"ordId\", \"sCode\"]");
      } else {
        for (int i = 0; i < fieldsNode.size(); i++) {
          JsonNode field = fieldsNode.get(i);
          if (field.isTextual() && !field.textValue().isBlank()) {
            fields.add(field.textValue());
          } else {
            problems.add(where + ".fields[" + i + "]: must be a non-empty field name");
          }
        }
      }
    }
    Optional<String> sCode = code(node.get("sCode"), where + ".sCode", problems);
    return new Expectation(httpStatus, code, msg, fields, sCode);
  }

  /** OKX codes are strings on the wire; a number in the file is taken as its digits. */
  private static Optional<String> code(JsonNode node, String where, List<String> problems) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isTextual() && node.textValue().matches("\\d+")) {
      return Optional.of(node.textValue());
    }
    if (node.isIntegralNumber() && node.longValue() >= 0) {
      return Optional.of(node.asText());
    }
    problems.add(where + ": must be an OKX code such as \"0\" or \"51008\"");
    return Optional.empty();
  }

  private static void unknownKeys(JsonNode node, String where, Set<String> known, List<String> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        problems.add(where + "." + key + ": unknown property; known: " + known.stream().sorted().toList());
      }
    }
  }

  private static String requiredText(JsonNode node, String key, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
      problems.add(where + "." + key + ": required, a non-empty string");
      return "";
    }
    return value.textValue();
  }

  private static Optional<String> optionalText(JsonNode node, String key, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      problems.add(where + "." + key + ": must be a string");
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }
}
