package dev.okxtestkit.contracts.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.contracts.VerificationSetupException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialResolverTest {

  static final Map<String, String> ENV = Map.of(
      "OKX_API_KEY", "env-key", "OKX_SECRET_KEY", "ENV-SECRET-VALUE", "OKX_PASSPHRASE", "env-pass-value");

  @Test
  void settingsServerComesFirst() {
    ResolvedCredentials resolved = CredentialResolver.resolve(
        Optional.of(server(Optional.of("server-key"), Optional.of("SERVER-SECRET\n"), Optional.of("server-pass"))),
        ENV).orElseThrow();

    assertThat(resolved.credentials().apiKey()).isEqualTo("server-key");
    assertThat(resolved.credentials().secretKey()).isEqualTo("SERVER-SECRET");
    assertThat(resolved.credentials().passphrase()).isEqualTo("server-pass");
    assertThat(resolved.source()).isEqualTo("settings.xml server 'okx-demo'");
  }

  @Test
  void serverWithoutPassphraseTakesTheEnvironmentsPassphrase() {
    ResolvedCredentials resolved = CredentialResolver.resolve(
        Optional.of(server(Optional.of("k"), Optional.of("SECRET"), Optional.empty())), ENV).orElseThrow();

    assertThat(resolved.credentials().passphrase()).isEqualTo("env-pass-value");
  }

  @Test
  void environmentWhenNoServer() {
    ResolvedCredentials resolved = CredentialResolver.resolve(Optional.empty(), ENV).orElseThrow();

    assertThat(resolved.credentials().apiKey()).isEqualTo("env-key");
    assertThat(resolved.source()).startsWith("environment variables");
  }

  @Test
  void nothingConfiguredIsEmpty() {
    assertThat(CredentialResolver.resolve(Optional.empty(), Map.of("PATH", "/bin"))).isEmpty();
    assertThat(CredentialResolver.howToConfigure("okx-demo")).contains("<id>okx-demo</id>")
        .contains("OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE");
  }

  @Test
  void incompleteSourcesSayWhatIsMissingNeverAValue() {
    assertThatThrownBy(() -> CredentialResolver.resolve(
        Optional.of(server(Optional.of("k"), Optional.empty(), Optional.empty())), Map.of()))
        .isInstanceOf(VerificationSetupException.class)
        .hasMessage("settings.xml server 'okx-demo' lacks <password> (the secret key), <passphrase> (or"
            + " <configuration><passphrase>, or the OKX_PASSPHRASE variable). Encrypt the secret with"
            + " 'mvn --encrypt-password'.");
    assertThatThrownBy(() -> CredentialResolver.resolve(Optional.empty(),
        Map.of("OKX_API_KEY", "k", "OKX_SECRET_KEY", "ENV-SECRET-VALUE")))
        .hasMessage("OKX credentials from the environment are incomplete: [OKX_API_KEY, OKX_SECRET_KEY] set,"
            + " [OKX_PASSPHRASE] missing. Set all three, or use a settings.xml <server>.")
        .message().doesNotContain("ENV-SECRET-VALUE");
  }

  @Test
  void serverToStringShowsOnlyTheId() {
    assertThat(server(Optional.of("k"), Optional.of("SECRET"), Optional.of("pass")).toString())
        .isEqualTo("ServerCredentials[id=okx-demo]");
  }

  private static ServerCredentials server(Optional<String> user, Optional<String> password, Optional<String> pass) {
    return new ServerCredentials("okx-demo", user, password, pass);
  }
}
