package dev.okxtestkit.contracts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published schema says what the parser accepts, and the copy in docs/ is the same file. */
class ContractSchemaTest {

  @Test
  void schemaNamesExactlyThePropertiesTheParserKnows() throws Exception {
    JsonNode defs = schema().path("$defs");

    assertThat(names(defs.path("contract").path("properties"))).isEqualTo(ContractParser.CONTRACT_KEYS);
    assertThat(names(defs.path("request").path("properties"))).isEqualTo(ContractParser.REQUEST_KEYS);
    assertThat(names(defs.path("expect").path("properties"))).isEqualTo(ContractParser.EXPECT_KEYS);
  }

  @Test
  void docsCopyIsTheShippedSchema() throws Exception {
    Path docs = Path.of("..", "docs", "okx-contract.schema.json");
    try (InputStream shipped = getClass().getResourceAsStream("/okx-contract.schema.json")) {
      assertThat(Files.readString(docs)).isEqualTo(new String(shipped.readAllBytes(), "UTF-8"));
    }
  }

  private JsonNode schema() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/okx-contract.schema.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new HashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
