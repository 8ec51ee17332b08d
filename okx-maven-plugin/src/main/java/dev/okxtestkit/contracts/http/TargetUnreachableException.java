package dev.okxtestkit.contracts.http;

import dev.okxtestkit.contracts.VerificationSetupException;

/** No HTTP answer came back from the target: it is down, the address is wrong, or TLS failed. */
public final class TargetUnreachableException extends VerificationSetupException {

  public TargetUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
