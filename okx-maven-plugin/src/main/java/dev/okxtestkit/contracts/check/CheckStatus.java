package dev.okxtestkit.contracts.check;

/** How a check ended; JUnit's vocabulary, so the XML report maps one to one. */
public enum CheckStatus {
  PASSED,
  /** The answer was not what the contract says. */
  FAILED,
  /** The check could not complete (the signer threw, the connection dropped mid-check). */
  ERROR,
  /** Not applicable to this target, e.g. trade checks on the sandbox unless enabled. */
  SKIPPED
}
