package dev.okxtestkit.contracts.credentials;

import dev.okxtestkit.control.HttpOkxControl;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.control.OkxControlException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Asks an OKX simulator at a URL (a container, a shared test server) for a fresh demo key through its
 * control API ({@link HttpOkxControl}), so {@code target=url} needs no configured credentials when it
 * points at a simulator.
 */
public final class SimulatorKeyRequest {

  /** Where the admin token of a simulator that needs one comes from: never a plugin parameter, as Maven prints those. */
  public static final String ADMIN_TOKEN_VARIABLE = "OKX_ADMIN_TOKEN";

  private SimulatorKeyRequest() {}

  /**
   * Empty when the URL does not serve the simulator's control API (or refuses it without the right token).
   *
   * @param adminToken the simulator's admin token, for one bound beyond loopback or in a container
   */
  public static Optional<ResolvedCredentials> request(String baseUrl, Optional<String> adminToken) {
    try {
      return Optional.of(new ResolvedCredentials(
          new HttpOkxControl(baseUrl, adminToken.map(String::trim).filter(t -> !t.isEmpty()))
              .createKey(KeySpec.demo()),
          "a new key from the simulator's control API at " + baseUrl));
    } catch (OkxControlException | UncheckedIOException e) {
      return Optional.empty();
    }
  }
}
