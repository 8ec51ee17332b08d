package dev.okxtestkit.contracts.check;

/** One named contract check: built in or from a user's contract file. */
public interface Check {

  /** The family, e.g. {@code builtin.auth}; the JUnit class name in the XML report. */
  String group();

  /** Unique within the group; says what must hold, e.g. {@code stale-timestamp-is-50102}. */
  String name();

  /** Runs against the context's target; exceptions count as {@link CheckStatus#ERROR}. */
  Outcome run(CheckContext context);
}
