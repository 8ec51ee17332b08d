package dev.okxtestkit.contracts.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.okxtestkit.contracts.check.Expectation;

/**
 * One request and what must come back: the unit of a contract file and of the built-in suite.
 * Bound from a contract file by Jackson ({@code $schema}, for editors, is not part of it).
 *
 * @param name unique within its file
 * @param description why the application depends on this, for people; may be empty
 * @param request what to send
 * @param expect what must come back
 */
@JsonIgnoreProperties("$schema")
public record Contract(String name, String description, ContractRequest request, Expectation expect) {

  public Contract {
    description = description == null ? "" : description;
  }
}
