package dev.okxtestkit.contracts;

import dev.okxtestkit.contracts.signer.LoadedSigner;
import dev.okxtestkit.signing.OkxRequestSigner;
import dev.okxtestkit.signing.OkxSigner;
import java.util.Optional;

/** Signers for tests: the reference one and common mistakes. */
public final class Signers {

  private Signers() {}

  /** Signs the path without its query: the simulator's query-omitted diagnosis. */
  public static OkxRequestSigner queryOmitting() {
    OkxSigner reference = new OkxSigner();
    return (ts, method, path, body, secret) -> {
      int q = path.indexOf('?');
      return reference.sign(ts, method, q < 0 ? path : path.substring(0, q), body, secret);
    };
  }

  /** Signs a WebSocket login with the timestamp in milliseconds: the login-timestamp-millis diagnosis. */
  public static OkxRequestSigner loginInMillis() {
    OkxSigner reference = new OkxSigner();
    return (ts, method, path, body, secret) -> reference.sign(
        path.equals("/users/self/verify") ? ts + "000" : ts, method, path, body, secret);
  }

  public static LoadedSigner loaded(OkxRequestSigner signer, String name) {
    return new LoadedSigner(signer, name, Optional.empty());
  }
}
