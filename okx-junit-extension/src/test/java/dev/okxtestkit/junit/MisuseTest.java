package dev.okxtestkit.junit;

import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.util.Arrays;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every misuse ends in a message that says what is wrong and how to fix it. */
class MisuseTest {

  @Test
  void unsupportedParameterTypeOfOurs() {
    assertFailsWith(UnsupportedTypeTestCases.class, ParameterResolutionException.class,
        "has type OkxSimulatorServer, which @OkxSimulator does not inject", "Inject an OkxSimulatorHandle");
  }

  @Test
  void qualifierOnTheWrongType() {
    assertFailsWith(QualifierOnIntTestCases.class, ParameterResolutionException.class,
        "has type int, but @OkxApiKey injects a java.lang.String");
  }

  @Test
  void baseUrlOnTheWrongType() {
    assertFailsWith(BaseUrlOnUrlTestCases.class, ParameterResolutionException.class,
        "has type java.net.URL, but @OkxBaseUrl injects a java.lang.String or java.net.URI");
  }

  @Test
  void twoQualifiersOnOneParameter() {
    assertFailsWith(TwoQualifiersTestCases.class, ParameterResolutionException.class,
        "has @OkxApiKey and @OkxSecretKey; they ask for different values, so keep exactly one");
  }

  @Test
  void injectMarkerOnAString() {
    assertFailsWith(InjectOnStringFieldTestCases.class, ExtensionConfigurationException.class,
        "Field InjectOnStringFieldTestCases.key has type java.lang.String, but @OkxInject injects",
        "use @OkxApiKey");
  }

  @Test
  void finalField() {
    assertFailsWith(FinalFieldTestCases.class, ExtensionConfigurationException.class,
        "Field FinalFieldTestCases.apiKey is final", "remove 'final'");
  }

  @Test
  void annotationAndRegisteredExtensionTogether() {
    assertFailsWith(MixedTestCases.class, ExtensionConfigurationException.class,
        "OkxSimulatorExtension is configured twice", "@OkxSimulator on class",
        "the @RegisterExtension field MixedTestCases.okx", "move the attributes to OkxSimulatorExtension.builder()");
  }

  @Test
  void methodAnnotationBesideARegisteredExtension() {
    assertFailsWith(MixedOnMethodTestCases.class, ExtensionConfigurationException.class,
        "configured twice", "@OkxSimulator on method");
  }

  @Test
  void plainExtendWithBesideARegisteredExtension() {
    assertFailsWith(ExtendWithAndFieldTestCases.class, ExtensionConfigurationException.class,
        "configured twice", "by @ExtendWith(OkxSimulatorExtension.class) and by the @RegisterExtension field");
  }

  @Test
  void badBalancesAttribute() {
    assertFailsWith(BadBalanceTestCases.class, ExtensionConfigurationException.class,
        "@OkxSimulator on class", "balances: a balance must look like USDT=10000, not 'USDT 100'");
  }

  @Test
  void staticFieldWithAMethodLevelAnnotation() {
    assertFailsWith(StaticFieldMethodAnnotationTestCases.class, ExtensionConfigurationException.class,
        "Static field StaticFieldMethodAnnotationTestCases.apiKey needs OkxSimulatorExtension before",
        "Put @OkxSimulator on the class");
  }

  @Test
  void exportSystemPropertiesOnAMethod() {
    assertFailsWith(ExportOnMethodTestCases.class, ExtensionConfigurationException.class,
        "exportSystemProperties works on the class level only");
  }

  @Test
  void fixedPortInUse() throws Exception {
    try (OkxSimulatorServer other = OkxSimulatorServer.builder().start()) {
      System.setProperty(PortInUseTestCases.PORT_PROPERTY, Integer.toString(other.port()));
      try {
        // Started on first use: here the parameter, so JUnit reports it as unresolvable.
        assertFailsWith(PortInUseTestCases.class, ParameterResolutionException.class,
            "could not start on port " + other.port(), "Use port 0");
      } finally {
        System.clearProperty(PortInUseTestCases.PORT_PROPERTY);
      }
    }
  }

  private static void assertFailsWith(
      Class<?> fixture, Class<? extends Throwable> type, String... parts) {
    Predicate<String> hasAll = m -> Arrays.stream(parts).allMatch(m::contains);
    TestKit.run(fixture).allEvents().assertThatEvents()
        .haveAtLeastOne(event(finishedWithFailure(instanceOf(type), message(hasAll))));
  }

  @OkxSimulator
  static class UnsupportedTypeTestCases {
    @Test
    void wantsTheServer(OkxSimulatorServer server) {}
  }

  @OkxSimulator
  static class QualifierOnIntTestCases {
    @Test
    void wantsAnInt(@OkxApiKey int key) {}
  }

  @OkxSimulator
  static class BaseUrlOnUrlTestCases {
    @Test
    void wantsAUrl(@OkxBaseUrl java.net.URL url) {}
  }

  @OkxSimulator
  static class TwoQualifiersTestCases {
    @Test
    void wantsTwoThings(@OkxApiKey @OkxSecretKey String key) {}
  }

  @OkxSimulator
  static class InjectOnStringFieldTestCases {
    @OkxInject String key;

    @Test
    void test() {}
  }

  @OkxSimulator
  static class FinalFieldTestCases {
    @OkxApiKey final String apiKey = "";

    @Test
    void test() {}
  }

  @OkxSimulator
  static class MixedTestCases {
    @RegisterExtension
    static OkxSimulatorExtension okx = OkxSimulatorExtension.builder().build();

    @Test
    void test(OkxCredentials key) {}
  }

  static class MixedOnMethodTestCases {
    @RegisterExtension
    static OkxSimulatorExtension okx = OkxSimulatorExtension.builder().build();

    @Test
    @OkxSimulator(balances = "USDT=1")
    void test(OkxCredentials key) {}
  }

  @ExtendWith(OkxSimulatorExtension.class)
  static class ExtendWithAndFieldTestCases {
    @RegisterExtension
    static OkxSimulatorExtension okx = OkxSimulatorExtension.builder().build();

    @Test
    void test(OkxCredentials key) {}
  }

  @OkxSimulator(balances = "USDT 100")
  static class BadBalanceTestCases {
    @Test
    void test(OkxCredentials key) {}
  }

  static class StaticFieldMethodAnnotationTestCases {
    @OkxApiKey static String apiKey;

    @Test
    @OkxSimulator
    void test() {}
  }

  @OkxSimulator
  static class ExportOnMethodTestCases {
    @Test
    @OkxSimulator(exportSystemProperties = true)
    void test(OkxCredentials key) {}
  }

  /** Gets its port from a system property, as an annotation needs a constant. */
  static class PortInUseTestCases {
    static final String PORT_PROPERTY = "okx.test.port-in-use";

    @RegisterExtension
    static OkxSimulatorExtension okx =
        OkxSimulatorExtension.builder().port(Integer.getInteger(PORT_PROPERTY, 0)).build();

    @Test
    void test(OkxCredentials key) {}
  }
}
