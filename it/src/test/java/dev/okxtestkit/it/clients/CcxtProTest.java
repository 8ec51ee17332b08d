package dev.okxtestkit.it.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.exchange.Fill;
import dev.okxtestkit.exchange.OrderState;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.junit.OkxSimulator;
import dev.okxtestkit.junit.OkxSimulatorHandle;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * ccxt pro's okx (Node.js, the same generated code as ccxt's Python and PHP builds, which freqtrade uses),
 * unchanged, over the simulator's REST and WebSocket APIs: it logs in, watches a ticker, a book, its own
 * orders, balance, trades and candles, and places an order over the WebSocket. The build installs ccxt
 * with npm (src/build/NodeClients.java); without npm this test is skipped, and CI checks it ran.
 */
@OkxSimulator
class CcxtProTest {

  private static final Path CLIENTS = Path.of("target", "node-clients");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void watchesMarketDataAndItsOwnOrdersBalanceAndTradesAndTradesOverTheWebSocket(OkxSimulatorHandle okx)
      throws Exception {
    okx.setPrice("BTC-USDT", new BigDecimal("43210")); // the simulator is shared: other tests move the price
    Map<String, JsonNode> steps = run(okx, "ccxt-pro.mjs");

    assertThat(steps).doesNotContainKey("failed");
    assertThat(steps.get("ticker").path("last").decimalValue()).isEqualByComparingTo("43210");
    JsonNode book = steps.get("book");
    assertThat(book.path("bid").decimalValue()).isLessThan(book.path("ask").decimalValue());

    String placed = steps.get("placed").path("id").asText();
    assertThat(steps.get("pushed").path("orders").findValuesAsText("id")).containsExactly(placed);
    assertThat(steps.get("pushed").path("orders").findValuesAsText("status")).containsExactly("open");
    assertThat(steps.get("balance").path("used").decimalValue()).as("300 USDT held for the order")
        .isEqualByComparingTo("300");
    assertThat(steps.get("cancelled").path("orders").findValuesAsText("status")).containsExactly("canceled");

    String overWebSocket = steps.get("wsOrder").path("id").asText();
    assertThat(okx.orders()).filteredOn(o -> o.ordId().equals(overWebSocket))
        .extracting(OrderView::state).containsExactly(OrderState.LIVE);

    Fill fill = okx.fills().get(0);
    JsonNode trade = steps.get("trades").path("trades").path(0);
    assertThat(trade.path("id").asText()).as("the public trade is the account's fill").isEqualTo(fill.tradeId());
    assertThat(trade.path("side").asText()).isEqualTo("buy");
    assertThat(trade.path("price").decimalValue()).isEqualByComparingTo(fill.fillPx());
    assertThat(steps.get("ohlcv").path("close").decimalValue()).isEqualByComparingTo(fill.fillPx());
    assertThat(okx.consumeAuthFailures()).isEmpty();
  }

  /** Runs a client script against the simulator; its output lines, by step. */
  private static Map<String, JsonNode> run(OkxSimulatorHandle okx, String script) throws Exception {
    assumeTrue(Files.exists(CLIENTS.resolve("node_modules/.okx-installed-from")),
        "the Node.js clients are not installed (npm missing or offline): see src/build/NodeClients.java");
    String wsBase = okx.wsUrl().replaceAll("/$", ""); // ccxt appends /public, /private, /business
    Process node = new ProcessBuilder("node", script, okx.baseUrl(), wsBase, okx.credentials().apiKey(),
        okx.credentials().secretKey(), okx.credentials().passphrase())
        .directory(CLIENTS.toFile()).redirectErrorStream(true).start();
    if (!node.waitFor(90, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      throw new AssertionError(script + " did not finish within 90 s:\n" + output(node));
    }
    String output = output(node);
    Map<String, JsonNode> steps = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("{\"step\"")) {
        JsonNode step = JSON.readTree(line);
        steps.put(step.path("step").asText(), step);
      }
    }
    assertThat(node.exitValue()).as(output).isZero();
    return steps;
  }

  private static String output(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
