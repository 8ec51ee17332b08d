package dev.okxtestkit.maven;

import dev.okxtestkit.contracts.credentials.ServerCredentials;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Reads the OKX key from a settings.xml {@code <server>}: username = API key, password = secret key,
 * {@code <passphrase>} (or {@code <configuration><passphrase>}) = passphrase. Like Jib's
 * MavenSettingsServerCredentials, errors name only the server id.
 */
final class SettingsServers {

  private SettingsServers() {}

  static Optional<ServerCredentials> find(Settings settings, SettingsDecrypter decrypter, String serverId)
      throws MojoExecutionException {
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      return Optional.empty();
    }
    // Un-encrypted values pass through the decrypter unchanged, so a problem here is a real one.
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new MojoExecutionException("Cannot decrypt settings.xml server '" + serverId
            + "'; check ~/.m2/settings-security.xml (see 'mvn --encrypt-master-password').");
      }
    }
    Server decrypted = result.getServer();
    Optional<String> passphrase = text(decrypted.getPassphrase()).or(() -> configuredPassphrase(decrypted));
    return Optional.of(new ServerCredentials(
        serverId, text(decrypted.getUsername()), text(decrypted.getPassword()), passphrase));
  }

  private static Optional<String> configuredPassphrase(Server server) {
    if (server.getConfiguration() instanceof Xpp3Dom configuration) {
      Xpp3Dom passphrase = configuration.getChild("passphrase");
      return passphrase == null ? Optional.empty() : text(passphrase.getValue());
    }
    return Optional.empty();
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
