package dev.okxtestkit.contracts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoTradingTransportTest {

  private final List<HttpCall> sent = new ArrayList<>();
  private final OkxTransport sandbox = new DemoTradingTransport(call -> {
    sent.add(call);
    return new HttpAnswer(200, Map.of(), "{}");
  });

  @Test
  void everyRequestIsDemoTradingWhateverTheCheckAskedFor() {
    sandbox.send(new HttpCall("GET", "/api/v5/public/time", "", Map.of()));
    sandbox.send(new HttpCall("GET", "/api/v5/account/balance", "", Map.of("X-SIMULATED-TRADING", "0")));

    assertThat(sent).extracting(HttpCall::headers)
        .containsExactly(Map.of("x-simulated-trading", "1"), Map.of("x-simulated-trading", "1"));
  }

  @Test
  void callsPrintWithoutTheirHeaders() {
    assertThat(new HttpCall("GET", "/api/v5/account/balance", "", Map.of("OK-ACCESS-PASSPHRASE", "secret-pass")))
        .hasToString("GET /api/v5/account/balance");
  }
}
