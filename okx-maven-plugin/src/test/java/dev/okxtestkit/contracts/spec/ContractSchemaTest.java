package dev.okxtestkit.contracts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the published schema is enforced, with its message: one file breaking one rule per
 * case, and every message the schema holds is reached by a case, so a rule cannot be dropped or
 * changed in the schema without a test noticing.
 */
class ContractSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CODE = "must be an OKX code such as \"0\" or \"51008\"";
  private static final String STATUS = "must be a whole number from 100 to 599, e.g. 200";

  private final ContractSchema schema = new ContractSchema();

  /** A file that breaks one rule, and the one problem it must report. */
  record Violation(String file, String problem) {
    @Override
    public String toString() {
      return problem;
    }
  }

  static Stream<Violation> violations() {
    return Stream.of(
        // the file
        new Violation("\"GET /api/v5/public/time\"",
            "$: must be a contract object {\"request\": ..., \"expect\": ...}, not \"GET /api/v5/public/time\""),
        new Violation("[]", "$: an array of contracts must hold at least one"),
        new Violation("[" + valid() + ", 7]",
            "$[1]: must be a contract object {\"request\": ..., \"expect\": ...}, not 7"),
        // a contract
        new Violation("{\"expect\": {}}", "$.request: required, an object with method and path"),
        new Violation("{\"request\": {\"method\": \"GET\", \"path\": \"/api/v5/public/time\"}}",
            "$.expect: required, an object, e.g. {\"code\": \"0\", \"fields\": [\"ts\"]}"),
        new Violation(contract("\"nmae\": \"x\""), "$.nmae: unknown property; known: [$schema, description, expect,"
            + " name, request]"),
        new Violation(contract("\"name\": \"-x\""), "$.name: must start with a letter or digit and use letters, digits,"
            + " spaces and . _ - ( ) [ ], not \"-x\""),
        new Violation(contract("\"name\": 5"), "$.name: must be a string, not 5"),
        new Violation(contract("\"description\": [\"a\"]"), "$.description: must be a string, not an array"),
        new Violation(contract("\"$schema\": true"), "$.$schema: must be a string, not true"),
        // its request
        new Violation("{\"request\": \"GET /api/v5/public/time\", \"expect\": {}}",
            "$.request: must be an object with method and path, not \"GET /api/v5/public/time\""),
        new Violation(request("\"path\": \"/api/v5/public/time\""),
            "$.request.method: required, \"GET\" or \"POST\""),
        new Violation(request("\"method\": \"GET\""), "$.request.path: required, from /api/v5/ without the query"),
        new Violation(request("\"method\": \"GET\", \"path\": \"/api/v5/public/time\", \"headers\": {}"),
            "$.request.headers: unknown property; known: [auth, body, method, path, query]"),
        new Violation(request("\"method\": \"get\", \"path\": \"/api/v5/public/time\""),
            "$.request.method: must be \"GET\" or \"POST\" (upper case), not \"get\""),
        new Violation(request("\"method\": \"GET\", \"path\": 5"), "$.request.path: must be a string, not 5"),
        new Violation(request("\"method\": \"GET\", \"path\": \"/api/v5/account/balance?ccy=BTC\""),
            "$.request.path: must start with /api/v5/ and hold no query or spaces (put the query in \"query\"),"
                + " not \"/api/v5/account/balance?ccy=BTC\""),
        new Violation(request("\"method\": \"GET\", \"path\": \"/api/v5/market/ticker\", \"query\": [\"instId\"]"),
            "$.request.query: must be an object of parameters, e.g. {\"ccy\": \"BTC\"}, or a query string,"
                + " not an array"),
        new Violation(request("\"method\": \"GET\", \"path\": \"/api/v5/market/ticker\", \"query\": \"?instId=BTC\""),
            "$.request.query: a query string is sent exactly as written, so it must hold no '?', '#' or spaces (use an"
                + " object to have values encoded), not \"?instId=BTC\""),
        new Violation(
            request("\"method\": \"GET\", \"path\": \"/api/v5/market/ticker\", \"query\": {\"instId\": null}"),
            "$.request.query.instId: must be a string, number or boolean, not null"),
        new Violation(request("\"method\": \"POST\", \"path\": \"/api/v5/trade/order\", \"body\": 5"),
            "$.request.body: must be a JSON object, an array (batch endpoints) or a string sent as is, not 5"),
        new Violation(request("\"method\": \"GET\", \"path\": \"/api/v5/account/balance\", \"body\": {}"),
            "$.request.body: a GET request has no body; put parameters in \"query\""),
        new Violation(request("\"method\": \"GET\", \"path\": \"/api/v5/account/balance\", \"auth\": \"yes\""),
            "$.request.auth: must be true or false, not \"yes\""),
        // its expectation
        new Violation("{\"request\": {\"method\": \"GET\", \"path\": \"/api/v5/public/time\"}, \"expect\": []}",
            "$.expect: must be an object, e.g. {\"code\": \"0\","
            + " \"fields\": [\"ts\"]}, not an array"),
        new Violation(expect("\"status\": 200"),
            "$.expect.status: unknown property; known: [code, fields, httpStatus, msg, sCode]"),
        new Violation(expect("\"httpStatus\": \"200\""), "$.expect.httpStatus: " + STATUS + ", not \"200\""),
        new Violation(expect("\"httpStatus\": 99"), "$.expect.httpStatus: " + STATUS + ", not 99"),
        new Violation(expect("\"httpStatus\": 600"), "$.expect.httpStatus: " + STATUS + ", not 600"),
        new Violation(expect("\"code\": true"), "$.expect.code: " + CODE + ", not true"),
        new Violation(expect("\"code\": \"zero\""), "$.expect.code: " + CODE + ", not \"zero\""),
        new Violation(expect("\"code\": -1"), "$.expect.code: " + CODE + ", not -1"),
        new Violation(expect("\"sCode\": \"51 008\""), "$.expect.sCode: " + CODE + ", not \"51 008\""),
        new Violation(expect("\"msg\": 0"), "$.expect.msg: must be a string, not 0"),
        new Violation(expect("\"fields\": \"ordId\""), "$.expect.fields: must be an array of field names of data[0],"
            + " e.g. [\"ordId\", \"sCode\"], not \"ordId\""),
        new Violation(expect("\"fields\": [\"ordId\", 5]"),
            "$.expect.fields[1]: must be a non-empty field name, not 5"),
        new Violation(expect("\"fields\": [\" \"]"), "$.expect.fields[0]: must be a non-empty field name, not \" \""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void eachRuleIsEnforcedWithItsMessage(Violation violation) throws Exception {
    assertThat(schema.problems(JSON.readTree(violation.file()))).containsExactly(violation.problem());
  }

  @Test
  void everyMessageOfTheSchemaIsReachedByACase() throws Exception {
    List<String> messages = new ArrayList<>();
    collectMessages(published(), messages);
    List<String> reported = violations().map(Violation::problem).toList();

    assertThat(messages).hasSizeGreaterThan(20).allSatisfy(message ->
        assertThat(reported).as("a case reporting \"%s\"", message).anyMatch(p -> p.contains(": " + message)));
  }

  @Test
  void validFilesHaveNoProblems() throws Exception {
    assertThat(schema.problems(JSON.readTree(valid()))).isEmpty();
    assertThat(schema.problems(JSON.readTree("""
        [{"$schema": "https://okxtestkit.dev/schemas/okx-contract.schema.json", "name": "Place (spot) [1]",
          "description": "d", "request": {"method": "POST", "path": "/api/v5/trade/order", "query": "a=1,2",
          "body": [{"instId": "BTC-USDT"}], "auth": true},
          "expect": {"httpStatus": 200, "code": 0, "msg": "", "fields": ["ordId"], "sCode": "0"}},
         {"request": {"method": "GET", "path": "/api/v5/market/ticker", "query": {"instId": "BTC-USDT", "n": 1,
          "b": false}}, "expect": {}}]"""))).isEmpty();
  }

  @Test
  void problemsAreListedInFileOrder() throws Exception {
    assertThat(schema.problems(JSON.readTree("""
        [{"request": {"method": "get", "path": "/api/v5/public/time"}, "expect": {"code": "x"}},
         {"name": "", "request": {"method": "GET", "path": "/x"}, "expect": {}}]""")))
        .extracting(p -> p.substring(0, p.indexOf(':')))
        .containsExactly("$[0].request.method", "$[0].expect.code", "$[1].name", "$[1].request.path");
  }

  @Test
  void theBuiltInContractsFollowTheFormat() throws Exception {
    // BuiltInSuite binds them without a check at run time (it would cost every okx:verify), so it is here.
    try (InputStream in = getClass().getResourceAsStream("/dev/okxtestkit/contracts/builtin-contracts.json")) {
      List<String> problems = new ArrayList<>();

      List<Contract> contracts = new ContractReader().read(JSON.readTree(in), "builtin", problems);

      assertThat(problems).isEmpty();
      assertThat(contracts).hasSizeGreaterThan(10);
    }
  }

  @Test
  void theSchemaIsValidJsonSchema() throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    assertThat(registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"))
        .validate(published())).isEmpty();
  }

  @Test
  void theJarCarriesTheSchemaOfDocs() throws Exception {
    try (InputStream shipped = getClass().getResourceAsStream(ContractSchema.RESOURCE)) {
      assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(Path.of("..", "docs", "okx-contract.schema.json")));
    }
  }

  private static JsonNode published() throws Exception {
    return JSON.readTree(Files.readString(Path.of("..", "docs", "okx-contract.schema.json")));
  }

  private static void collectMessages(JsonNode node, List<String> messages) {
    if (node.isObject() && node.path("message").isObject()) {
      node.get("message").forEach(m -> {
        if (m.isTextual()) {
          messages.add(m.textValue());
        } else {
          m.forEach(perProperty -> messages.add(perProperty.textValue()));
        }
      });
    }
    node.forEach(child -> collectMessages(child, messages));
  }

  private static String valid() {
    return "{\"request\": {\"method\": \"GET\", \"path\": \"/api/v5/public/time\"}, \"expect\": {}}";
  }

  private static String contract(String extra) {
    return "{" + extra + ", \"request\": {\"method\": \"GET\", \"path\": \"/api/v5/public/time\"}, \"expect\": {}}";
  }

  private static String request(String fields) {
    return "{\"request\": {" + fields + "}, \"expect\": {}}";
  }

  private static String expect(String fields) {
    return "{\"request\": {\"method\": \"GET\", \"path\": \"/api/v5/public/time\"}, \"expect\": {" + fields + "}}";
  }
}
