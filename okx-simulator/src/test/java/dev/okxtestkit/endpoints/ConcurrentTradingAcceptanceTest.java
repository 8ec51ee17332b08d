package dev.okxtestkit.endpoints;

import dev.okxtestkit.testing.SignedClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.exchange.AccountInvariants;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Eight HTTP clients trading at once, two of them on one shared key; every account must add up. */
class ConcurrentTradingAcceptanceTest {

  private static final int CLIENTS = 8;
  private static final int ORDERS_PER_CLIENT = 60;

  @Test
  void concurrentClientsNeverLoseOrDoubleCountFunds() throws Exception {
    try (OkxSimulatorServer server = OkxSimulatorServer.builder().disableRequestJournal().start()) {
      OkxCredentials shared = server.newCredentials();
      List<OkxCredentials> keys = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        keys.add(i < 2 ? shared : server.newCredentials());
      }
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<Integer>> placed = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        SignedClient.Signed client = new SignedClient(server.baseUrl()).as(keys.get(i), Instant::now);
        Random random = new Random(i);
        placed.add(pool.submit(() -> trade(client, random)));
      }
      int accepted = 0;
      for (Future<Integer> f : placed) {
        accepted += f.get(120, TimeUnit.SECONDS);
      }
      pool.shutdown();

      int orders = 0;
      for (OkxCredentials key : keys.stream().distinct().toList()) {
        AccountInvariants.assertAddsUp(server.control(), key.apiKey());
        orders += server.control().orders(key.apiKey()).size();
      }
      assertThat(orders).as("every accepted order exists exactly once").isEqualTo(accepted);
      assertThat(server.authFailures()).isEmpty();
    }
  }

  /** Places limit orders around the market and market orders, cancelling some; returns accepted count. */
  private static int trade(SignedClient.Signed client, Random random) {
    int accepted = 0;
    for (int i = 0; i < ORDERS_PER_CLIENT; i++) {
      boolean buy = random.nextBoolean();
      String body = random.nextInt(5) == 0
          ? "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"" + (buy ? "buy" : "sell")
              + "\",\"ordType\":\"market\",\"sz\":\"" + (buy ? "25" : "0.0005") + "\"}"
          : "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"" + (buy ? "buy" : "sell")
              + "\",\"ordType\":\"limit\",\"px\":\"" + (42_900 + random.nextInt(200)) + "\",\"sz\":\"0.001\"}";
      JsonNode item = client.post("/api/v5/trade/order", body).first();
      if (item.path("sCode").asText().equals("0")) {
        accepted++;
        if (random.nextBoolean()) {
          client.post("/api/v5/trade/cancel-order",
              "{\"instId\":\"BTC-USDT\",\"ordId\":\"" + item.path("ordId").asText() + "\"}");
        }
      }
    }
    return accepted;
  }
}
