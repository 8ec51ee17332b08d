package dev.okxtestkit.contracts;

/**
 * The checks could not run: bad configuration, missing credentials, a signer that cannot be loaded, a
 * target that cannot be started or reached. Messages say what to fix and never hold a secret.
 */
public class VerificationSetupException extends RuntimeException {

  public VerificationSetupException(String message) {
    super(message);
  }

  public VerificationSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
