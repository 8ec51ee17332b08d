package dev.okxtestkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.contracts.report.ConsoleSummary;
import dev.okxtestkit.contracts.report.JUnitXmlReport;
import dev.okxtestkit.contracts.report.JsonReport;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxRequestSigner;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with known secrets, then a search of everything it wrote. */
class SecretsNeverLeakTest {

  static final String API_KEY = "0c1d2e3f-4a5b-4c6d-8e7f-909192939495";
  static final String SECRET = "5EC2E75EC2E75EC2E75EC2E75EC2E7AA";
  static final String PASSPHRASE = "Known-Passphrase-42";

  @TempDir Path reports;

  @Test
  void noSecretInLogMessagesOrReportsEvenWhenTheSignerEchoesIt() throws IOException {
    // A signer that fails loudly, with the secret in its exception: the worst case.
    OkxRequestSigner leaky = (ts, method, path, body, secret) -> {
      if (method.equals("POST")) {
        throw new IllegalStateException("cannot sign with " + secret + " / " + PASSPHRASE);
      }
      return new OkxSigner().sign(ts, method, path, body, secret);
    };
    List<String> log = new ArrayList<>();
    try (OkxSimulatorServer target = OkxSimulatorServer.builder()
        .credentials(OkxCredentials.of(API_KEY, SECRET, PASSPHRASE)).start()) {
      VerifyReport report = new OkxVerifier(log::add, Clock.systemUTC()).verify(Requests.builtIn()
          .target(Target.URL, target.baseUrl())
          .environment(Map.of("OKX_API_KEY", API_KEY, "OKX_SECRET_KEY", SECRET, "OKX_PASSPHRASE", PASSPHRASE))
          .signer(Signers.loaded(leaky, "Leaky"))
          .tradeChecks(true)
          .compare()
          .build());
      JUnitXmlReport.write(report, reports, Instant.now());
      JsonReport.write(report, reports);
      log.addAll(ConsoleSummary.problems(report));
      log.addAll(ConsoleSummary.drift(report));
      log.add(ConsoleSummary.totals(report));

      assertThat(report.problems()).isNotEmpty(); // the leaky signer broke the trade checks
      assertThat(String.join("\n", log)).contains("cannot sign with ****").doesNotContain(SECRET, PASSPHRASE);
      for (String file : List.of(JUnitXmlReport.FILE_NAME, JsonReport.FILE_NAME)) {
        assertThat(Files.readString(reports.resolve(file))).as(file).doesNotContain(SECRET, PASSPHRASE);
      }
      assertThat(String.join("\n", log)).contains("0c1d****").doesNotContain(API_KEY);
    }
  }
}
