package dev.okxtestkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** Configuration only: nothing here needs a Docker engine. */
class OkxSimulatorContainerTest {

  @Test
  void defaultImageIsTaggedWithTheProjectVersionNeverLatest() {
    assertThat(OkxSimulatorContainer.DEFAULT_IMAGE.getUnversionedPart()).isEqualTo("okx-testkit/okx-simulator");
    assertThat(OkxSimulatorContainer.DEFAULT_IMAGE.getVersionPart())
        .isEqualTo(System.getProperty("okx.expected.version"))
        .isNotEqualTo("latest");
  }

  @Test
  void generatesAKeyOnTheHostWhenNoneIsGiven() {
    OkxSimulatorContainer okx = new OkxSimulatorContainer();

    assertThat(okx.getApiKey()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(okx.getSecretKey()).matches("[0-9A-F]{32}");
    assertThat(okx.getPassphrase()).hasSize(16);
    assertThat(okx.getCredentials()).isEqualTo(OkxCredentials.of(
        okx.getApiKey(), okx.getSecretKey(), okx.getPassphrase()));
    assertThat(new OkxSimulatorContainer().getApiKey()).isNotEqualTo(okx.getApiKey());
  }

  @Test
  void passesTheWholeKeyFromTheConstructorInEnvironmentVariables() {
    OkxCredentials key = new OkxCredentials("3d1f2c4e-0000-4000-8000-00000000beef",
        "0F1E2D3C4B5A69788796A5B4C3D2E1F0", "Passphrase1", EnumSet.of(Permission.WITHDRAW),
        Environment.LIVE, List.of("172.17.0.1", "10.0.0.1"));

    OkxSimulatorContainer okx = new OkxSimulatorContainer(key);

    assertThat(okx.getEnvMap()).containsEntry("OKX_API_KEY", key.apiKey())
        .containsEntry("OKX_SECRET_KEY", key.secretKey())
        .containsEntry("OKX_PASSPHRASE", key.passphrase())
        .containsEntry("OKX_ENVIRONMENT", "live")
        .containsEntry("OKX_PERMISSIONS", "read_only,withdraw")
        .containsEntry("OKX_ALLOWED_IPS", "172.17.0.1,10.0.0.1")
        .containsEntry("OKX_BIND", "0.0.0.0")
        .containsEntry("OKX_PORT", "8080")
        .containsEntry("OKX_WS_PORT", "8081");
    assertThat(okx.getCredentials()).isEqualTo(key);
    assertThat(okx.getExposedPorts()).containsExactly(8080, 8081);
  }

  @Test
  void fluentCredentialsKeepThePermissionsAndEnvironmentSetBefore() {
    OkxSimulatorContainer okx = new OkxSimulatorContainer()
        .withEnvironment(Environment.LIVE)
        .withPermissions(Permission.TRADE, Permission.TRADE)
        .withCredentials("my-key", "my-secret", "my-passphrase");

    assertThat(okx.getCredentials()).isEqualTo(new OkxCredentials("my-key", "my-secret", "my-passphrase",
        EnumSet.of(Permission.READ_ONLY, Permission.TRADE), Environment.LIVE, List.of()));
    assertThat(okx.getApiKey()).isEqualTo("my-key");
    assertThat(okx.getSecretKey()).isEqualTo("my-secret");
    assertThat(okx.getPassphrase()).isEqualTo("my-passphrase");
  }

  @Test
  void aKeyWithoutAllowListClearsAnEarlierOne() {
    OkxSimulatorContainer okx = new OkxSimulatorContainer()
        .withAllowedIps(List.of("10.0.0.1"))
        .withCredentials(OkxCredentials.of("k", "s", "p"));

    assertThat(okx.getCredentials().allowedIps()).isEmpty();
    assertThat(new OkxSimulatorContainer().getEnvMap()).doesNotContainKey("OKX_ALLOWED_IPS");
  }

  @Test
  void readOnlyIsAlwaysAmongThePermissionsAsOnOkx() {
    assertThat(new OkxSimulatorContainer().withPermissions().getEnvMap())
        .containsEntry("OKX_PERMISSIONS", "read_only");
  }

  @Test
  void balancesBecomeOneVariableTheSimulatorParses() {
    Map<String, Number> balances = new LinkedHashMap<>();
    balances.put("usdt", new BigDecimal("1000.50"));
    balances.put("BTC", 2);
    balances.put("ETH", 1e7);

    assertThat(new OkxSimulatorContainer().withBalances(balances).getEnvMap())
        .containsEntry("OKX_BALANCES", "BTC=2,ETH=10000000,USDT=1000.50");
  }

  @Test
  void refusesBalancesTheSimulatorWouldRefuseLater() {
    OkxSimulatorContainer okx = new OkxSimulatorContainer();

    assertThatThrownBy(() -> okx.withBalances(Map.of("USDT", -1)))
        .hasMessage("balance of USDT must not be negative, not -1");
    assertThatThrownBy(() -> okx.withBalances(Map.of("US=DT", 1)))
        .hasMessageContaining("balance currency must be letters and digits");
    assertThatThrownBy(() -> okx.withBalances(Map.of("BTC", Double.NaN)))
        .hasMessage("balance of BTC must be a number, not NaN");
  }

  @Test
  void rateLimitsAreOffUnlessAskedFor() {
    assertThat(new OkxSimulatorContainer().getEnvMap()).doesNotContainKey("OKX_RATE_LIMITS");
    assertThat(new OkxSimulatorContainer().withRateLimits(true).getEnvMap())
        .containsEntry("OKX_RATE_LIMITS", "true");
  }

  @Test
  void refusesAnImageThatIsNotTheSimulator() {
    assertThatThrownBy(() -> new OkxSimulatorContainer("wiremock/wiremock:3.13.2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("okx-testkit/okx-simulator");
  }

  @Test
  void acceptsAnotherTagOrADeclaredSubstitute() {
    // Constructing is the check (an incompatible image throws); nothing here may contact Docker.
    assertThatCode(() -> new OkxSimulatorContainer("okx-testkit/okx-simulator:0.0.9")).doesNotThrowAnyException();
    assertThatCode(() -> new OkxSimulatorContainer(DockerImageName.parse("registry.example.com/team/okx-sim:1.0")
        .asCompatibleSubstituteFor("okx-testkit/okx-simulator"))).doesNotThrowAnyException();
  }

  @Test
  void alwaysGuardsTheAdminApiWithATokenMadeOnTheHost() {
    OkxSimulatorContainer one = new OkxSimulatorContainer();
    OkxSimulatorContainer another = new OkxSimulatorContainer();

    assertThat(one.getAdminToken()).matches("[0-9a-f]{48}").isNotEqualTo(another.getAdminToken());
    assertThat(one.getEnvMap()).containsEntry("OKX_ADMIN_TOKEN", one.getAdminToken());
  }

  @Test
  void hasNoBaseUrlBeforeItStarts() {
    assertThatThrownBy(() -> new OkxSimulatorContainer().getBaseUrl())
        .isInstanceOf(IllegalStateException.class);
  }
}
