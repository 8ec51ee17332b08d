package dev.okxtestkit.contracts.credentials;

import java.util.Optional;

/**
 * A settings.xml {@code <server>}, decrypted: username = API key, password = secret key, passphrase =
 * the key's passphrase. {@link #toString()} shows only the id.
 *
 * @param id the server id, e.g. {@code okx-demo}
 * @param username the API key, if set
 * @param password the secret key, if set
 * @param passphrase the passphrase, if set ({@code <passphrase>} or {@code <configuration><passphrase>})
 */
public record ServerCredentials(
    String id, Optional<String> username, Optional<String> password, Optional<String> passphrase) {

  @Override
  public String toString() {
    return "ServerCredentials[id=" + id + "]";
  }
}
