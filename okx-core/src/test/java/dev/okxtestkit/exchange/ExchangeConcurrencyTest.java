package dev.okxtestkit.exchange;

import dev.okxtestkit.SimulationConfig;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.market.Instruments;
import dev.okxtestkit.market.Market;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Many threads place, amend and cancel on shared and private accounts while another moves the market.
 * Afterwards every account must add up exactly: what its fills say it traded is what its balances
 * moved, what is frozen is what its open orders hold, and nothing is negative.
 */
class ExchangeConcurrencyTest {

  private static final List<String> KEYS = List.of("shared-a", "shared-b", "own-0", "own-1", "own-2", "own-3");
  private static final int THREADS = 8;
  private static final int OPERATIONS = 400;

  @RepeatedTest(3)
  void fundsFillsAndOrdersAddUpUnderConcurrency() throws Exception {
    Exchange exchange = new Exchange(new Market(Instruments.defaults(), Instruments.defaultPrices(), 3L),
        SimulationConfig.DEFAULT_BALANCES, SimulatorClock.system());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      work.add(pool.submit(() -> trade(exchange, new Random(thread), KEYS.get(thread % KEYS.size()))));
    }
    work.add(pool.submit(() -> moveMarket(exchange, new Random(99))));
    for (Future<?> f : work) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    for (String key : KEYS) {
      AccountInvariants.assertAddsUp(exchange, key);
    }
  }

  private static void trade(Exchange exchange, Random random, String key) {
    for (int i = 0; i < OPERATIONS; i++) {
      int op = random.nextInt(10);
      if (op < 5) {
        String side = random.nextBoolean() ? "buy" : "sell";
        String px = Integer.toString(42_000 + random.nextInt(2_000));
        exchange.place(key, ExchangeTest.order("BTC-USDT", side, "limit", "0.0" + (1 + random.nextInt(9)), px));
      } else if (op < 6) {
        boolean buy = random.nextBoolean();
        exchange.place(key, ExchangeTest.order("BTC-USDT", buy ? "buy" : "sell", "market", buy ? "50" : "0.001", null));
      } else if (op < 9) {
        List<OrderView> pending = exchange.orders(key).stream().filter(o -> o.state().isPending()).toList();
        if (!pending.isEmpty()) {
          OrderView victim = pending.get(random.nextInt(pending.size()));
          exchange.cancel(key, Params.of(Map.of("instId", "BTC-USDT", "ordId", victim.ordId())));
        }
      } else {
        List<OrderView> pending = exchange.orders(key).stream().filter(o -> o.state().isPending()).toList();
        if (!pending.isEmpty()) {
          OrderView victim = pending.get(random.nextInt(pending.size()));
          exchange.amend(key, Params.of(Map.of("instId", "BTC-USDT", "ordId", victim.ordId(),
              "newPx", Integer.toString(42_000 + random.nextInt(2_000)))));
        }
      }
    }
  }

  private static void moveMarket(Exchange exchange, Random random) {
    for (int i = 0; i < 200; i++) {
      exchange.setPrice("BTC-USDT", new BigDecimal(42_000 + random.nextInt(2_000)));
    }
  }
}
