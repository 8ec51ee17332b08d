package dev.okxtestkit.contracts.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads contracts in the format of {@code okx-contract.schema.json}: validates a parsed file against
 * the schema, checks the two rules a schema cannot state (the name a file gives to a contract without
 * one, and unique names), then binds the contracts with Jackson. Thread-safe.
 */
public final class ContractReader {

  private final ObjectMapper json = new ObjectMapper();
  private final ContractSchema schema = new ContractSchema();

  /**
   * @param root the parsed file: one contract object or an array of them
   * @param defaultName the name of a contract without one (the file's name; {@code [index]} is added
   *     in an array)
   * @param problems receives {@code $.request.method: ...} lines; the result is meaningful only if
   *     none were added
   */
  public List<Contract> read(JsonNode root, String defaultName, List<String> problems) {
    List<String> found = new ArrayList<>(schema.problems(root));
    List<Contract> contracts = new ArrayList<>();
    if (found.isEmpty()) {
      if (root.isArray()) {
        for (int i = 0; i < root.size(); i++) {
          bind(root.get(i), "$[" + i + "]", defaultName + "[" + i + "]", found).ifPresent(contracts::add);
        }
      } else {
        bind(root, "$", defaultName, found).ifPresent(contracts::add);
      }
    }
    Set<String> seen = new HashSet<>();
    for (Contract c : contracts) {
      if (!seen.add(c.name())) {
        found.add("$: two contracts are named \"" + c.name() + "\"; names must be unique in a file");
      }
    }
    problems.addAll(found);
    return found.isEmpty() ? contracts : List.of();
  }

  private Optional<Contract> bind(JsonNode node, String where, String defaultName, List<String> problems) {
    ObjectNode contract = (ObjectNode) node.deepCopy();
    if (!contract.has("name")) {
      // The file's name becomes the contract's, so it must follow the same rule as a written one.
      List<String> nameProblems = schema.nameProblems(defaultName);
      if (!nameProblems.isEmpty()) {
        nameProblems.forEach(p -> problems.add(where + ": the name taken from the file name, \"" + defaultName
            + "\", " + p + "; give the contract a \"name\""));
        return Optional.empty();
      }
      contract.put("name", defaultName);
    }
    try {
      return Optional.of(json.treeToValue(contract, Contract.class));
    } catch (JsonProcessingException e) {
      // The schema admits only what binds; this would be a gap between the two, so say where.
      problems.add(where + ": " + e.getOriginalMessage());
      return Optional.empty();
    }
  }
}
