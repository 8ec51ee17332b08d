package dev.okxtestkit.contracts.spec;

import dev.okxtestkit.contracts.check.Expectation;

/**
 * One request and what must come back: the unit of a contract file and of the built-in suite.
 *
 * @param name unique within its file
 * @param description why the application depends on this, for people; may be empty
 * @param request what to send
 * @param expect what must come back
 */
public record Contract(String name, String description, ContractRequest request, Expectation expect) {}
