package dev.okxtestkit.junit;

import static dev.okxtestkit.junit.TestKit.reported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.signing.OkxCredentials;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class InjectionTest {

  @Test
  void injectsEveryTypeIntoStaticFieldsInstanceFieldsAndParameters() {
    EngineExecutionResults results = TestKit.run(EveryTypeTestCases.class);

    results.allEvents().assertStatistics(s -> s.failed(0));
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    List<String> methodKeys = reported(results, "methodKey");
    List<String> classKeys = reported(results, "classKey");
    assertThat(methodKeys).hasSize(3).doesNotHaveDuplicates();
    assertThat(classKeys).hasSize(3).containsOnly(classKeys.get(0));
    assertThat(methodKeys).doesNotContain(classKeys.get(0));
  }

  @Test
  void givesNestedClassesTheirOwnKeys() {
    EngineExecutionResults results = TestKit.run(EveryTypeTestCases.class);

    List<String> nestedKeys = reported(results, "nestedMethodKey");
    assertThat(nestedKeys).hasSize(1);
    assertThat(reported(results, "methodKey")).contains(nestedKeys.get(0)); // outer fields, same test
    assertThat(reported(results, "nestedClassKey")).hasSize(1)
        .doesNotContainAnyElementsOf(reported(results, "classKey"));
  }

  @Test
  void perClassLifecycleGivesTheConstructorTheClassKeyAndFieldsTheMethodKey() {
    EngineExecutionResults results = TestKit.run(PerClassTestCases.class);

    results.allEvents().assertStatistics(s -> s.failed(0));
    assertThat(reported(results, "methodKey")).hasSize(2).doesNotHaveDuplicates();
  }

  @OkxSimulator
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClassTestCases {
    private final OkxCredentials constructorKey;
    private OkxCredentials beforeAllKey;
    @OkxInject OkxCredentials fieldKey;

    PerClassTestCases(OkxCredentials constructorKey) {
      this.constructorKey = constructorKey;
    }

    @BeforeAll
    void beforeAll(OkxCredentials key) {
      beforeAllKey = key;
    }

    @Test
    void one(OkxCredentials key, TestReporter reporter) {
      check(key, reporter);
    }

    @Test
    void two(OkxCredentials key, TestReporter reporter) {
      check(key, reporter);
    }

    private void check(OkxCredentials key, TestReporter reporter) {
      assertThat(constructorKey).isEqualTo(beforeAllKey).isNotEqualTo(key);
      assertThat(fieldKey).isEqualTo(key);
      reporter.publishEntry("methodKey", key.apiKey());
    }
  }

  @OkxSimulator
  static class EveryTypeTestCases {
    @OkxInject static OkxCredentials staticCredentials;
    @OkxInject static OkxSimulatorHandle staticHandle;
    @OkxApiKey static String staticApiKey;
    @OkxSecretKey static String staticSecretKey;
    @OkxPassphrase static String staticPassphrase;
    @OkxBaseUrl static String staticBaseUrl;
    @OkxBaseUrl static URI staticBaseUri;
    static OkxCredentials beforeAllKey;

    @OkxInject OkxCredentials credentials;
    @OkxInject private OkxSimulatorHandle handle;
    @OkxApiKey String apiKey;
    @OkxSecretKey String secretKey;
    @OkxPassphrase String passphrase;
    @OkxBaseUrl String baseUrl;
    @OkxBaseUrl URI baseUri;
    OkxCredentials untouched; // no @OkxInject: the test's own business

    private final OkxCredentials constructorKey;
    private OkxSimulatorHandle beforeEachHandle;

    EveryTypeTestCases(OkxCredentials constructorKey) {
      this.constructorKey = constructorKey;
    }

    @BeforeAll
    static void beforeAll(OkxCredentials key, @OkxApiKey String apiKey) {
      assertThat(key).isEqualTo(staticCredentials);
      assertThat(apiKey).isEqualTo(staticApiKey);
      beforeAllKey = key;
    }

    @BeforeEach
    void beforeEach(OkxSimulatorHandle handle) {
      beforeEachHandle = handle;
    }

    @Test
    void instanceFieldsAndParametersHoldTheTestsKey(
        OkxCredentials key,
        @OkxApiKey String apiKeyParam,
        @OkxSecretKey String secretKeyParam,
        @OkxPassphrase String passphraseParam,
        @OkxBaseUrl String baseUrlParam,
        @OkxBaseUrl URI baseUriParam,
        OkxSimulatorHandle handleParam,
        TestReporter reporter) {
      assertThat(handleParam).isSameAs(handle).isSameAs(beforeEachHandle);
      assertThat(key).isEqualTo(credentials).isEqualTo(constructorKey).isEqualTo(handle.credentials());
      assertThat(List.of(apiKeyParam, secretKeyParam, passphraseParam))
          .containsExactly(key.apiKey(), key.secretKey(), key.passphrase())
          .containsExactly(apiKey, secretKey, passphrase);
      assertThat(baseUrlParam).isEqualTo(baseUrl).isEqualTo(handle.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
      assertThat(baseUriParam).isEqualTo(baseUri).isEqualTo(URI.create(baseUrl));
      assertThat(untouched).isNull();

      // The strings alone are enough for a client to talk to the simulator.
      var response = OkxHttp.get(baseUrlParam, OkxCredentials.of(apiKeyParam, secretKeyParam, passphraseParam), OkxHttp.BALANCE);
      assertThat(response.statusCode()).isEqualTo(200);
      reporter.publishEntry("methodKey", key.apiKey());
      reporter.publishEntry("classKey", staticApiKey);
    }

    @Test
    void staticFieldsHoldTheClassKey(TestReporter reporter) {
      assertThat(staticHandle.credentials()).isEqualTo(staticCredentials).isEqualTo(beforeAllKey);
      assertThat(List.of(staticApiKey, staticSecretKey, staticPassphrase)).containsExactly(
          staticCredentials.apiKey(), staticCredentials.secretKey(), staticCredentials.passphrase());
      assertThat(staticBaseUrl).isEqualTo(baseUrl);
      assertThat(staticBaseUri).isEqualTo(baseUri);
      assertThat(staticCredentials).isNotEqualTo(credentials);

      var response = OkxHttp.get(staticBaseUrl, staticCredentials, OkxHttp.BALANCE);
      assertThat(response.statusCode()).isEqualTo(200);
      reporter.publishEntry("methodKey", apiKey);
      reporter.publishEntry("classKey", staticApiKey);
    }

    @Nested
    class InnerTestCases {
      @OkxApiKey static String nestedStaticApiKey;
      @OkxApiKey String nestedApiKey;

      @Test
      void getsItsOwnKeys(@OkxApiKey String param, TestReporter reporter) {
        assertThat(param).isEqualTo(nestedApiKey).isEqualTo(apiKey); // outer instance, same test
        assertThat(nestedStaticApiKey).isNotEqualTo(staticApiKey).isNotEqualTo(param);
        reporter.publishEntry("methodKey", apiKey);
        reporter.publishEntry("classKey", staticApiKey);
        reporter.publishEntry("nestedMethodKey", param);
        reporter.publishEntry("nestedClassKey", nestedStaticApiKey);
      }
    }
  }
}
