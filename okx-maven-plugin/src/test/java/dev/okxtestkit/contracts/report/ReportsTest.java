package dev.okxtestkit.contracts.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.contracts.VerifyReport;
import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckStatus;
import dev.okxtestkit.contracts.check.Observation;
import dev.okxtestkit.contracts.drift.Drift;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportsTest {

  @TempDir Path dir;

  private final VerifyReport report = new VerifyReport("sandbox https://www.okx.com", "com.example.Signer",
      List.of(
          new CheckResult("builtin.public", "server-time", CheckStatus.PASSED, "", Duration.ofMillis(12),
              List.of(new Observation("request", "GET /api/v5/public/time", 200, "0", "", 1,
                  Map.of("ts", "string"), ""))),
          new CheckResult("builtin.auth", "stale-timestamp-is-50102", CheckStatus.FAILED,
              "GET /x: expected HTTP 401, code 50102; got HTTP 401, code 50113 \"Invalid Sign\"\n  - code: ...\u0001",
              Duration.ofMillis(3), List.of()),
          new CheckResult("builtin.trade", "order", CheckStatus.SKIPPED, "trade checks are off",
              Duration.ZERO, List.of()),
          new CheckResult("contracts.orders", "place", CheckStatus.ERROR, "IllegalStateException: boom",
              Duration.ZERO, List.of())),
      true,
      List.of(new Drift("builtin.public/server-time", "request GET /api/v5/public/time", "field type",
          "ts number", "ts string")),
      Duration.ofMillis(1234));

  @Test
  void junitXmlIsSurefiresFormat() throws Exception {
    Path file = JUnitXmlReport.write(report, dir, Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(file.getFileName().toString()).isEqualTo("TEST-okx-contracts.xml");
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    Element suite = xml.getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    assertThat(suite.getAttribute("time")).isEqualTo("1.234");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(4);
    Element failed = (Element) cases.item(1);
    assertThat(failed.getAttribute("classname")).isEqualTo("builtin.auth");
    assertThat(failed.getAttribute("name")).isEqualTo("stale-timestamp-is-50102");
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("GET /x: expected HTTP 401, code 50102; got HTTP 401, code 50113 \"Invalid Sign\"");
    assertThat(failure.getTextContent()).contains("- code: ...?");
    assertThat(((Element) cases.item(2)).getElementsByTagName("skipped").getLength()).isOne();
    assertThat(((Element) cases.item(3)).getElementsByTagName("error").getLength()).isOne();
    assertThat(suite.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("builtin.public/server-time [request GET /api/v5/public/time]: field type: target ts number,"
            + " simulator ts string");
  }

  @Test
  void jsonReportHasChecksAnswersAndDrift() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.write(report, dir).toFile());

    assertThat(json.path("target").asText()).isEqualTo("sandbox https://www.okx.com");
    assertThat(json.path("summary").path("checks").asInt()).isEqualTo(4);
    assertThat(json.path("summary").path("failed").asInt()).isEqualTo(1);
    assertThat(json.path("checks").get(0).path("answers").get(0).path("fieldTypes").path("ts").asText())
        .isEqualTo("string");
    assertThat(json.path("checks").get(1).path("status").asText()).isEqualTo("failed");
    assertThat(json.path("drift").get(0).path("aspect").asText()).isEqualTo("field type");
  }

  @Test
  void consoleSummaryListsProblemsDriftAndTotals() {
    assertThat(ConsoleSummary.problems(report)).containsExactly(
        "FAILED builtin.auth / stale-timestamp-is-50102: GET /x: expected HTTP 401, code 50102; got HTTP 401,"
            + " code 50113 \"Invalid Sign\"\n      - code: ...\u0001",
        "ERROR contracts.orders / place: IllegalStateException: boom");
    assertThat(ConsoleSummary.skipped(report)).containsExactly("SKIPPED builtin.trade / order: trade checks are off");
    assertThat(ConsoleSummary.drift(report)).hasSize(2);
    assertThat(ConsoleSummary.totals(report)).isEqualTo("OKX contract checks against sandbox https://www.okx.com"
        + " (signer: com.example.Signer): 4 checks: 1 passed, 1 failed, 1 errors, 1 skipped in 1.234 s");
  }

  @Test
  void redactorMasksEverySecretLongestFirst() {
    Redactor redactor = new Redactor(List.of("ABCDEF123456", "ABCDEF", "x"));

    assertThat(redactor.apply("key ABCDEF123456 and ABCDEF and x")).isEqualTo("key **** and **** and x");
  }
}
