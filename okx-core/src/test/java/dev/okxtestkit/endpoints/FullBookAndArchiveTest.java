package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.testing.SignedClient.Reply;
import dev.okxtestkit.testing.SimulationClient;
import org.junit.jupiter.api.Test;

/** {@code market/books-full} (deep books) and {@code trade/orders-history-archive} (freqtrade looks further back). */
class FullBookAndArchiveTest {

  private final OkxSimulation simulation = new OkxSimulation();
  private final SimulationClient client = new SimulationClient(simulation);

  @Test
  void theFullBookTakesDepthsUpTo5000() {
    Reply deep = client.get("/api/v5/market/books-full?instId=BTC-USDT&sz=5000");

    assertThat(deep.code()).isEqualTo("0");
    assertThat(deep.first().path("asks")).isNotEmpty();
    assertThat(deep.first().path("bids").size()).isEqualTo(deep.first().path("asks").size());
    assertThat(client.get("/api/v5/market/books-full?instId=BTC-USDT&sz=5001").code()).isEqualTo("51000");
    assertThat(client.get("/api/v5/market/books?instId=BTC-USDT&sz=401").code()).isEqualTo("51000");
  }

  @Test
  void theArchiveListsFinishedOrders() {
    SimulationClient.Signed okx = client.as(simulation.control().createKey(KeySpec.demo()));
    String ordId = okx.post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\","
        + "\"ordType\":\"market\",\"sz\":\"100\"}").first().path("ordId").asText();

    Reply archive = okx.get("/api/v5/trade/orders-history-archive?instType=SPOT");

    assertThat(archive.code()).isEqualTo("0");
    assertThat(archive.data()).singleElement().satisfies(order -> {
      assertThat(order.path("ordId").asText()).isEqualTo(ordId);
      assertThat(order.path("state").asText()).isEqualTo("filled");
    });
    assertThat(okx.get("/api/v5/trade/orders-history-archive").code()).isEqualTo("50014");
  }
}
