package dev.okxtestkit.junit;

import static dev.okxtestkit.junit.TestKit.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.signing.OkxCredentials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class AuthFailuresTest {

  @Test
  void failsATestWhoseCodeSwallowedABadSignature() {
    EngineExecutionResults results = TestKit.run(SwallowsBadSignatureTestCases.class);

    results.testEvents().assertThatEvents().haveExactly(1, event(test("swallowsTheError"),
        finishedWithFailure(
            instanceOf(OkxAuthFailuresError.class),
            message(m -> m.contains("50113") && m.contains("[query-omitted]")
                && m.contains("swallowed") && m.contains("consumeAuthFailures")))));
  }

  @Test
  void leavesTheTestsOwnFailureFirstAndAttachesTheAuthFailures() {
    EngineExecutionResults results = TestKit.run(FailsByItselfTooTestCases.class);

    Event finished = results.testEvents().failed().list().get(0);
    Throwable thrown = failure(finished);
    assertThat(thrown).hasMessage("the test's own failure");
    assertThat(thrown.getSuppressed()).singleElement()
        .isInstanceOf(OkxAuthFailuresError.class)
        .satisfies(e -> assertThat(e.getMessage()).contains("50113", "[query-omitted]"));
  }

  @Test
  void passesWithFailOnAuthErrorsOff() {
    TestKit.run(CheckOffTestCases.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void passesWhenTheTestConsumedTheFailuresItProvoked() {
    TestKit.run(ConsumesFailuresTestCases.class)
        .testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void failsTheClassForFailuresOfTheClassKey() {
    EngineExecutionResults results = TestKit.run(ClassKeyFailsTestCases.class);

    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    results.containerEvents().assertThatEvents().haveExactly(1, event(
        container(ClassKeyFailsTestCases.class),
        finishedWithFailure(message(m -> m.contains("static fields and @BeforeAll") && m.contains("50113")))));
  }

  @Test
  void doesNotBlameATestForAnotherTestsFailures() {
    EngineExecutionResults results = TestKit.run(SwallowsBadSignatureTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).failed(1).succeeded(1));
    results.testEvents().assertThatEvents().haveExactly(1, event(test("signsCorrectly"),
        finishedSuccessfully()));
  }

  /** What buggy code does: send a badly signed request and ignore the 401. */
  static void swallowBadlySignedRequest(String baseUrl, OkxCredentials key) {
    OkxHttp.getSignedWithoutQuery(baseUrl, key, OkxHttp.BALANCE, "ccy=BTC"); // 401 ignored
  }

  @OkxSimulator
  static class SwallowsBadSignatureTestCases {
    @Test
    void swallowsTheError(@OkxBaseUrl String baseUrl, OkxCredentials key) {
      swallowBadlySignedRequest(baseUrl, key);
    }

    @Test
    void signsCorrectly(@OkxBaseUrl String baseUrl, OkxCredentials key) {
      assertThat(OkxHttp.get(baseUrl, key, OkxHttp.BALANCE + "?ccy=BTC").statusCode()).isEqualTo(200);
    }
  }

  @OkxSimulator
  static class FailsByItselfTooTestCases {
    @Test
    void failsAndSwallows(@OkxBaseUrl String baseUrl, OkxCredentials key) {
      swallowBadlySignedRequest(baseUrl, key);
      throw new AssertionError("the test's own failure");
    }
  }

  @OkxSimulator(failOnAuthErrors = false)
  static class CheckOffTestCases {
    @Test
    void swallowsTheError(@OkxBaseUrl String baseUrl, OkxCredentials key, OkxSimulatorHandle okx) {
      swallowBadlySignedRequest(baseUrl, key);
      assertThat(okx.authFailures()).extracting(AuthFailure::code).containsExactly("50113");
    }
  }

  @OkxSimulator
  static class ConsumesFailuresTestCases {
    @Test
    void provokesAFailureOnPurpose(OkxSimulatorHandle okx) {
      swallowBadlySignedRequest(okx.baseUrl(), okx.credentials());
      assertThat(okx.consumeAuthFailures())
          .singleElement()
          .satisfies(f -> assertThat(f.diagnosis().id()).isEqualTo("query-omitted"));
      assertThat(okx.consumeAuthFailures()).isEmpty();
    }
  }

  @OkxSimulator
  static class ClassKeyFailsTestCases {
    @BeforeAll
    static void setUp(@OkxBaseUrl String baseUrl, OkxCredentials classKey) {
      swallowBadlySignedRequest(baseUrl, classKey);
    }

    @Test
    void passes() {}
  }
}
