package dev.okxtestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.contracts.credentials.ServerCredentials;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class SettingsServersTest {

  private final Settings settings = new Settings();

  @Test
  void noServerWithTheIdIsEmpty() throws Exception {
    assertThat(SettingsServers.find(settings, decrypting(List.of()), "okx-demo")).isEmpty();
  }

  @Test
  void decryptedUsernamePasswordAndConfiguredPassphrase() throws Exception {
    Server server = server();
    Xpp3Dom configuration = new Xpp3Dom("configuration");
    Xpp3Dom passphrase = new Xpp3Dom("passphrase");
    passphrase.setValue("configured-pass");
    configuration.addChild(passphrase);
    server.setConfiguration(configuration);
    settings.addServer(server);

    Optional<ServerCredentials> found = SettingsServers.find(settings, decrypting(List.of()), "okx-demo");

    assertThat(found).hasValueSatisfying(c -> {
      assertThat(c.username()).contains("api-key");
      assertThat(c.password()).contains("DECRYPTED-SECRET");
      assertThat(c.passphrase()).contains("configured-pass");
    });
  }

  @Test
  void decryptionErrorsNameOnlyTheServer() {
    settings.addServer(server());
    SettingsProblem problem = new DefaultSettingsProblem("Failed to decrypt password for server okx-demo",
        SettingsProblem.Severity.ERROR, "server: okx-demo", -1, -1, null);

    assertThatThrownBy(() -> SettingsServers.find(settings, decrypting(List.of(problem)), "okx-demo"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("Cannot decrypt settings.xml server 'okx-demo'; check ~/.m2/settings-security.xml"
            + " (see 'mvn --encrypt-master-password').");
  }

  private static Server server() {
    Server server = new Server();
    server.setId("okx-demo");
    server.setUsername("api-key");
    server.setPassword("{ENCRYPTED}");
    return server;
  }

  /** What Maven's decrypter does with {ENCRYPTED}, without a master password on this machine. */
  private static SettingsDecrypter decrypting(List<SettingsProblem> problems) {
    return request -> {
      Server decrypted = request.getServers().get(0).clone();
      decrypted.setPassword("DECRYPTED-SECRET");
      return new SettingsDecryptionResult() {
        @Override public Server getServer() { return decrypted; }
        @Override public List<Server> getServers() { return List.of(decrypted); }
        @Override public Proxy getProxy() { return null; }
        @Override public List<Proxy> getProxies() { return List.of(); }
        @Override public List<SettingsProblem> getProblems() { return problems; }
      };
    };
  }
}
