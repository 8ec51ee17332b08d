package dev.okxtestkit.contracts.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckStatus;
import dev.okxtestkit.contracts.check.Observation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftComparerTest {

  @Test
  void identicalShapesHaveNoDrift() {
    CheckResult r = result(CheckStatus.PASSED, observation("request", 200, "0", "", fields("ts", "string")));

    assertThat(DriftComparer.compare(List.of(r), List.of(r))).isEmpty();
  }

  @Test
  void statusCodeSCodeFieldsTypesAndOutcomeAreEachADrift() {
    CheckResult target = result(CheckStatus.FAILED,
        observation("place", 200, "1", "51008", fields("ordId", "string", "ts", "string", "tag", "string")));
    CheckResult simulator = result(CheckStatus.PASSED,
        observation("place", 400, "0", "0", fields("ordId", "string", "ts", "number", "inTime", "string")));

    assertThat(DriftComparer.compare(List.of(target), List.of(simulator))).extracting(Drift::describe)
        .containsExactly(
            "builtin.trade/order: outcome: target failed, simulator passed",
            "builtin.trade/order [place POST /api/v5/trade/order]: HTTP status: target 200, simulator 400",
            "builtin.trade/order [place POST /api/v5/trade/order]: code: target \"1\", simulator \"0\"",
            "builtin.trade/order [place POST /api/v5/trade/order]: sCode: target \"51008\", simulator \"0\"",
            "builtin.trade/order [place POST /api/v5/trade/order]: field type: target ts string, simulator ts number",
            "builtin.trade/order [place POST /api/v5/trade/order]: missing field: target tag (string), simulator absent",
            "builtin.trade/order [place POST /api/v5/trade/order]: extra field: target absent, simulator inTime (string)");
  }

  @Test
  void requestsMadeOnOnlyOneSideAndSkippedChecks() {
    CheckResult target = result(CheckStatus.PASSED, observation("place", 200, "0", "0", Map.of()));
    CheckResult simulator = result(CheckStatus.PASSED, observation("cancel", 200, "0", "0", Map.of()));
    CheckResult skipped = new CheckResult("builtin.trade", "order", CheckStatus.SKIPPED, "off", Duration.ZERO,
        List.of());

    assertThat(DriftComparer.compare(List.of(target), List.of(simulator))).extracting(Drift::aspect, Drift::target)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("request", "made"),
            org.assertj.core.groups.Tuple.tuple("request", "not made"));
    assertThat(DriftComparer.compare(List.of(skipped), List.of(simulator))).isEmpty();
  }

  private static CheckResult result(CheckStatus status, Observation... observations) {
    return new CheckResult("builtin.trade", "order", status, "", Duration.ZERO, List.of(observations));
  }

  private static Observation observation(String label, int status, String code, String sCode, Map<String, String> f) {
    return new Observation(label, "POST /api/v5/trade/order", status, code, sCode, 1, f, "");
  }

  private static Map<String, String> fields(String... nameTypePairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < nameTypePairs.length; i += 2) {
      fields.put(nameTypePairs[i], nameTypePairs[i + 1]);
    }
    return fields;
  }
}
