package dev.okxtestkit.contracts.spec;

import java.util.List;

/** Contract files that do not follow the format; the message lists every problem with its place. */
public final class ContractFileException extends RuntimeException {

  private final List<String> problems;

  public ContractFileException(List<String> problems) {
    super("Invalid OKX contract files (the format: okx-contract.schema.json, in the okx-maven-plugin jar"
        + " and the project's docs/):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
