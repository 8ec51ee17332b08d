package dev.okxtestkit.contracts;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.contracts.drift.Drift;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** okx.compare on a URL target: a simulator whose public/time was changed stands in for OKX. */
class DriftReportTest {

  private final List<String> log = new ArrayList<>();

  @Test
  void sameSimulatorOnBothSidesHasNoDrift() {
    try (OkxSimulatorServer other = OkxSimulatorServer.builder().start()) {
      VerifyReport report = new OkxVerifier(log::add, Clock.systemUTC())
          .verify(Requests.builtIn().target(Target.URL, other.baseUrl()).compare().build());

      assertThat(report.compared()).isTrue();
      assertThat(report.problems()).isEmpty();
      assertThat(report.drifts()).isEmpty();
      assertThat(log).anyMatch(l -> l.contains("from a new key from the simulator's control API"));
    }
  }

  @Test
  void everyDifferenceOfShapeIsListed() {
    try (OkxSimulatorServer other = OkxSimulatorServer.builder().start()) {
      other.wireMock().stubFor(get("/api/v5/public/time")
          .willReturn(okJson("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":1597026383085,\"region\":\"eu\"}]}")));

      VerifyReport report = new OkxVerifier(log::add, Clock.systemUTC())
          .verify(Requests.builtIn().target(Target.URL, other.baseUrl()).compare().build());

      List<String> drift = report.drifts().stream().map(Drift::describe).toList();
      assertThat(drift).containsExactlyInAnyOrder(
          "builtin.public/server-time [request GET /api/v5/public/time]: field type: target ts number,"
              + " simulator ts string",
          "builtin.public/server-time [request GET /api/v5/public/time]: missing field: target region (string),"
              + " simulator absent");
    }
  }
}
