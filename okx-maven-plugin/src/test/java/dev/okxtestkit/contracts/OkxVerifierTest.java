package dev.okxtestkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckStatus;
import dev.okxtestkit.contracts.check.Check;
import dev.okxtestkit.contracts.spec.ContractFiles;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OkxVerifierTest {

  private final List<String> log = new ArrayList<>();
  private final OkxVerifier verifier = new OkxVerifier(log::add, Clock.systemUTC());

  @Test
  void builtInSuitePassesOnTheEmbeddedSimulatorWithTheReferenceSigner() {
    VerifyReport report = verifier.verify(Requests.builtIn().build());

    assertThat(report.problems()).as(() -> String.join("\n", report.problems().stream()
        .map(r -> r.id() + ": " + r.message()).toList())).isEmpty();
    assertThat(report.count(CheckStatus.SKIPPED)).isZero();
    assertThat(report.ran()).isGreaterThan(45);
    assertThat(report.target()).startsWith("simulator http://127.0.0.1:");
    System.out.println(report.totals());
  }

  @Test
  void queryOmittingSignerFailsWithTheSimulatorsDiagnosis() {
    VerifyReport report = verifier.verify(Requests.builtIn()
        .signer(Signers.loaded(Signers.queryOmitting(), "QueryOmitting")).build());

    CheckResult read = find(report, "builtin.account", "signed-balance-read");
    assertThat(read.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(read.message())
        .contains("GET /api/v5/account/balance?ccy=USDT: expected HTTP 200, code 0")
        .contains("got HTTP 401, code 50113 \"Invalid Sign\"")
        .contains("simulator diagnosis: query-omitted The query string was left out of the prehash");
    CheckResult vector = find(report, "builtin.signing", "vector docs-get-balance-ccy-btc");
    assertThat(vector.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(vector.message()).contains("expected HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=")
        .contains("simulator diagnosis: query-omitted");
    assertThat(find(report, "builtin.signing", "vector get-no-query").status()).isEqualTo(CheckStatus.PASSED);
  }

  @Test
  void aSignerThatSignsTheWebSocketLoginInMillisecondsIsToldSo() {
    VerifyReport report = verifier.verify(Requests.builtIn()
        .signer(Signers.loaded(Signers.loginInMillis(), "LoginInMillis")).build());

    CheckResult login = find(report, "builtin.signing", "vector docs-ws-login-1538054050");
    assertThat(login.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(login.message()).contains("correct prehash: 1538054050GET/users/self/verify")
        .contains("simulator diagnosis: login-timestamp-millis");
    assertThat(find(report, "builtin.signing", "vector docs-get-balance-ccy-btc").status())
        .isEqualTo(CheckStatus.PASSED);
  }

  @Test
  void liveTradingIsRefused() {
    assertThatThrownBy(() -> verifier.verify(Requests.builtIn().target(Target.SANDBOX, null).live().build()))
        .isInstanceOf(VerificationSetupException.class)
        .hasMessageContaining("never runs against OKX live trading");
  }

  @Test
  void sandboxNeedsHttps() {
    assertThatThrownBy(() -> verifier.verify(
        Requests.builtIn().target(Target.SANDBOX, "http://127.0.0.1:1").build()))
        .isInstanceOf(VerificationSetupException.class)
        .hasMessageContaining("must be https");
  }

  @Test
  void urlTargetNeedsAUrl() {
    assertThatThrownBy(() -> verifier.verify(Requests.builtIn().target(Target.URL, null).build()))
        .isInstanceOf(VerificationSetupException.class)
        .hasMessageContaining("okx.target=url needs okx.url");
  }

  @Test
  void unreachableTargetIsASetupError() {
    assertThatThrownBy(() -> verifier.verify(
        Requests.builtIn().target(Target.URL, "http://127.0.0.1:1").build()))
        .isInstanceOf(dev.okxtestkit.contracts.http.TargetUnreachableException.class)
        .hasMessageContaining("No answer from http://127.0.0.1:1");
  }

  @Test
  void tradeWritesRunOnlyWhereTradeChecksAreOn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("orders.json"), """
        {"name": "place", "request": {"method": "POST", "path": "/api/v5/trade/order",
          "body": {"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.001"}},
         "expect": {"code": "1", "sCode": "51204"}}""");
    try (OkxSimulatorServer other = OkxSimulatorServer.builder().start()) {
      List<Check> checks = ContractFiles.load(dir);

      VerifyReport off = verifier.verify(Requests.builtIn().checks(checks).target(Target.URL, other.baseUrl()).build());
      VerifyReport on = verifier.verify(Requests.builtIn().checks(checks).target(Target.URL, other.baseUrl())
          .tradeChecks(true).build());

      assertThat(off.results().get(0).status()).isEqualTo(CheckStatus.SKIPPED);
      assertThat(off.results().get(0).message()).contains("-Dokx.tradeChecks=true");
      assertThat(on.results().get(0).status()).isEqualTo(CheckStatus.PASSED);
    }
  }

  static CheckResult find(VerifyReport report, String group, String name) {
    return report.results().stream().filter(r -> r.group().equals(group) && r.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no check " + group + "/" + name + " in "
            + report.results().stream().map(CheckResult::id).toList()));
  }
}
