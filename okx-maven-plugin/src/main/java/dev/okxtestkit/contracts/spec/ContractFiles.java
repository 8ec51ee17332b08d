package dev.okxtestkit.contracts.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.contracts.check.Check;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The user's contract files: every {@code *.json} under a directory, in path order. */
public final class ContractFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ContractFiles() {}

  /**
   * One check per contract; none when the directory does not exist.
   *
   * @throws ContractFileException listing every problem of every file
   */
  public static List<Check> load(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
    if (files.isEmpty()) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ContractReader reader = new ContractReader(); // loads the schema: only when there are files
    for (Path file : files) {
      String relative = directory.relativize(file).toString().replace('\\', '/');
      String stem = relative.substring(0, relative.length() - ".json".length());
      String group = "contracts." + stem.replace('/', '.');
      List<String> fileProblems = new ArrayList<>();
      JsonNode root = read(file, fileProblems);
      List<Contract> contracts =
          fileProblems.isEmpty() ? reader.read(root, baseName(stem), fileProblems) : List.of();
      if (fileProblems.isEmpty()) {
        contracts.forEach(c -> checks.add(ContractCheck.of(group, c)));
      } else {
        fileProblems.forEach(p -> problems.add(file + ": " + p));
      }
    }
    if (!problems.isEmpty()) {
      throw new ContractFileException(problems);
    }
    return checks;
  }

  private static JsonNode read(Path file, List<String> problems) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      problems.add("not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr());
    } catch (IOException e) {
      problems.add("cannot be read: " + e.getMessage());
    }
    return JSON.missingNode();
  }

  private static String baseName(String stem) {
    int slash = stem.lastIndexOf('/');
    return slash < 0 ? stem : stem.substring(slash + 1);
  }
}
