package dev.okxtestkit.contracts.credentials;

import dev.okxtestkit.contracts.VerificationSetupException;
import dev.okxtestkit.signing.OkxCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the OKX demo key for a remote target: a settings.xml server first (Maven's way to keep
 * secrets, encrypted if the user wishes), then the environment variables every OKX tool reads.
 * Errors name what is missing and where to put it, never a value.
 */
public final class CredentialResolver {

  public static final String ENV_API_KEY = "OKX_API_KEY";
  public static final String ENV_SECRET_KEY = "OKX_SECRET_KEY";
  public static final String ENV_PASSPHRASE = "OKX_PASSPHRASE";

  private CredentialResolver() {}

  /**
   * @param server the decrypted settings.xml server, if there is one with the configured id
   * @param environment the process environment
   * @return empty when neither source has any credentials
   * @throws VerificationSetupException when a source is incomplete
   */
  public static Optional<ResolvedCredentials> resolve(
      Optional<ServerCredentials> server, Map<String, String> environment) {
    if (server.isPresent()) {
      return Optional.of(fromServer(server.get(), environment));
    }
    List<String> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : List.of(ENV_API_KEY, ENV_SECRET_KEY, ENV_PASSPHRASE)) {
      (text(environment.get(name)).isPresent() ? present : missing).add(name);
    }
    if (present.isEmpty()) {
      return Optional.empty();
    }
    if (!missing.isEmpty()) {
      throw new VerificationSetupException("OKX credentials from the environment are incomplete: " + present
          + " set, " + missing + " missing. Set all three, or use a settings.xml <server>.");
    }
    return Optional.of(new ResolvedCredentials(
        OkxCredentials.of(environment.get(ENV_API_KEY).trim(), environment.get(ENV_SECRET_KEY).trim(),
            environment.get(ENV_PASSPHRASE).trim()),
        "environment variables " + ENV_API_KEY + ", " + ENV_SECRET_KEY + ", " + ENV_PASSPHRASE));
  }

  private static ResolvedCredentials fromServer(ServerCredentials server, Map<String, String> environment) {
    Optional<String> passphrase = server.passphrase().flatMap(CredentialResolver::text)
        .or(() -> text(environment.get(ENV_PASSPHRASE)));
    List<String> missing = new ArrayList<>();
    if (server.username().flatMap(CredentialResolver::text).isEmpty()) {
      missing.add("<username> (the API key)");
    }
    if (server.password().flatMap(CredentialResolver::text).isEmpty()) {
      missing.add("<password> (the secret key)");
    }
    if (passphrase.isEmpty()) {
      missing.add("<passphrase> (or <configuration><passphrase>, or the " + ENV_PASSPHRASE + " variable)");
    }
    if (!missing.isEmpty()) {
      throw new VerificationSetupException("settings.xml server '" + server.id() + "' lacks " + String.join(", ", missing)
          + ". Encrypt the secret with 'mvn --encrypt-password'.");
    }
    // Whitespace around a secret is a copy-paste accident (the simulator diagnoses it as secret-trailing-newline).
    return new ResolvedCredentials(
        OkxCredentials.of(server.username().get().trim(), server.password().get().trim(), passphrase.get().trim()),
        "settings.xml server '" + server.id() + "'");
  }

  /** What to tell a user who has no credentials at all. */
  public static String howToConfigure(String serverId) {
    return "No OKX demo-trading credentials. Add to ~/.m2/settings.xml\n"
        + "  <server><id>" + serverId + "</id><username>API key</username><password>secret key</password>"
        + "<passphrase>passphrase</passphrase></server>\n"
        + "(encrypt with 'mvn --encrypt-password'), or set " + ENV_API_KEY + ", " + ENV_SECRET_KEY + " and "
        + ENV_PASSPHRASE + ".";
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
