package dev.okxtestkit.contracts.signer;

import dev.okxtestkit.signing.OkxRequestSigner;
import dev.okxtestkit.signing.OkxSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.Optional;

/**
 * The signer under test and the class loader it came from, closed after the run so the project's jars
 * are not held open.
 *
 * @param signer the instance
 * @param name its class name, for reports
 * @param loader the loader over the project's test classpath; empty for the reference signer
 */
public record LoadedSigner(OkxRequestSigner signer, String name, Optional<URLClassLoader> loader)
    implements AutoCloseable {

  /** The project's own {@link OkxSigner}, used when no {@code okx.signer} is set. */
  public static LoadedSigner reference() {
    return new LoadedSigner(new OkxSigner(), "reference " + OkxSigner.class.getName(), Optional.empty());
  }

  @Override
  public void close() {
    if (loader.isPresent()) {
      try {
        loader.get().close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
