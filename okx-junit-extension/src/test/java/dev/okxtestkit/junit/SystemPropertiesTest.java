package dev.okxtestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.signing.OkxCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@ResourceLock(Resources.SYSTEM_PROPERTIES)
class SystemPropertiesTest {

  @Test
  void exportsTheClassKeyAndRestoresWhatWasThereBefore() {
    System.setProperty(OkxSimulatorExtension.BASE_URL_PROPERTY, "https://www.okx.com");
    System.clearProperty(OkxSimulatorExtension.API_KEY_PROPERTY);
    try {
      TestKit.run(ExportingTestCases.class).allEvents().assertStatistics(s -> s.failed(0).succeeded(4));

      assertThat(System.getProperty(OkxSimulatorExtension.BASE_URL_PROPERTY)).isEqualTo("https://www.okx.com");
      assertThat(System.getProperty(OkxSimulatorExtension.API_KEY_PROPERTY)).isNull();
      assertThat(System.getProperty(OkxSimulatorExtension.SECRET_KEY_PROPERTY)).isNull();
      assertThat(System.getProperty(OkxSimulatorExtension.PASSPHRASE_PROPERTY)).isNull();
    } finally {
      System.clearProperty(OkxSimulatorExtension.BASE_URL_PROPERTY);
    }
  }

  @Test
  void leavesSystemPropertiesAloneByDefault() {
    TestKit.run(NotExportingTestCases.class).allEvents().assertStatistics(s -> s.failed(0));
  }

  @OkxSimulator(exportSystemProperties = true)
  @ResourceLock(Resources.SYSTEM_PROPERTIES)
  static class ExportingTestCases {
    @OkxBaseUrl static String baseUrl;

    @Test
    void seesTheClassKeyInSystemProperties(@OkxApiKey String methodKey, OkxSimulatorHandle okx) {
      assertThat(System.getProperty("okx.base-url")).isEqualTo(baseUrl);
      String apiKey = System.getProperty("okx.api-key");
      assertThat(apiKey).isNotEqualTo(methodKey);
      var key = OkxCredentials.of(
          apiKey, System.getProperty("okx.secret-key"), System.getProperty("okx.passphrase"));
      assertThat(OkxHttp.get(baseUrl, key, OkxHttp.BALANCE).statusCode()).isEqualTo(200);
    }

    @Test
    void theClassKeyStaysForTheWholeClass(OkxSimulatorHandle okx) {
      assertThat(System.getProperty("okx.api-key")).isNotNull();
    }
  }

  @OkxSimulator
  static class NotExportingTestCases {
    @Test
    void seesNoSystemProperties(OkxSimulatorHandle okx) {
      assertThat(System.getProperty("okx.api-key")).isNull();
    }
  }
}
