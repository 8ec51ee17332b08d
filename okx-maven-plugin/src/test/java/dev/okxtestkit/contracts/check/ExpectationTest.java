package dev.okxtestkit.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.contracts.http.HttpAnswer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectationTest {

  @Test
  void metExpectationHasNoDifferences() {
    Answer answer = answer(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"1\"}]}", Map.of());

    assertThat(Expectation.success("ts").differences(answer)).isEmpty();
  }

  @Test
  void eachDifferenceSaysExpectedAndActual() {
    Answer answer = answer(401, "{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}",
        Map.of("X-Okx-Simulator-Diagnosis", "query-omitted The query string was left out of the prehash."));
    Expectation expected = Expectation.success("totalEq");

    assertThat(expected.differences(answer)).containsExactly(
        "HTTP status: expected 200, got 401",
        "code: expected \"0\", got \"50113\" (msg \"Invalid Sign\")",
        "fields: expected data[0] with [totalEq], got no data[0]");
    assertThat(FailureMessage.of(ApiCall.privateGet("/api/v5/account/balance?ccy=BTC"), expected, answer,
        expected.differences(answer))).isEqualTo("""
        GET /api/v5/account/balance?ccy=BTC: expected HTTP 200, code 0, data[0] fields [totalEq]; \
        got HTTP 401, code 50113 "Invalid Sign"
          - HTTP status: expected 200, got 401
          - code: expected "0", got "50113" (msg "Invalid Sign")
          - fields: expected data[0] with [totalEq], got no data[0]
          simulator diagnosis: query-omitted The query string was left out of the prehash.""");
  }

  @Test
  void missingFieldsAndSCodeAreNamed() {
    Answer answer = answer(200, "{\"code\":\"1\",\"msg\":\"All operations failed\",\"data\":[{\"ordId\":\"\","
        + "\"sCode\":\"51008\",\"sMsg\":\"Insufficient balance\"}]}", Map.of());
    Expectation expected = new Expectation(200, "1", Optional.of("All operations failed"),
        List.of("ordId", "clOrdId"), Optional.of("0"));

    assertThat(expected.differences(answer)).containsExactly(
        "fields: data[0] lacks [clOrdId] (it has [ordId, sCode, sMsg])",
        "sCode: expected \"0\", got \"51008\" (sMsg \"Insufficient balance\")");
  }

  @Test
  void aBodyThatIsNotOkxJsonIsQuoted() {
    Answer answer = answer(502, "<html>Bad gateway</html>", Map.of());

    assertThat(Expectation.success().differences(answer)).containsExactly(
        "HTTP status: expected 200, got 502",
        "code: expected \"0\", got no OKX envelope (body: <html>Bad gateway</html>)");
  }

  static Answer answer(int status, String body, Map<String, String> headers) {
    return Answer.of(new HttpAnswer(status, headers, body));
  }
}
