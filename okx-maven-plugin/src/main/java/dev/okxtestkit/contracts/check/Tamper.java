package dev.okxtestkit.contracts.check;

/** A deliberate fault in a private request's authentication, for the negative checks. */
public enum Tamper {
  /** Signed correctly. */
  NONE,
  /** Signed with another secret: OKX answers 50113. */
  BAD_SIGNATURE,
  /** Signed correctly, but five minutes old: OKX answers 50102. */
  STALE_TIMESTAMP,
  /** Signed correctly, with a passphrase that is not the key's: OKX answers 50105. */
  WRONG_PASSPHRASE,
  /** A demo key without {@code x-simulated-trading: 1}: OKX answers 50101. */
  NO_DEMO_HEADER
}
