package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.SimulationConfig;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.testing.SignedClient.Reply;
import dev.okxtestkit.testing.SimulationClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Funding every 8 hours of simulator time and the bills that trades and funding write, as ccxt's
 * fetchLedger and fetchFundingHistory and freqtrade's futures mode read them.
 */
class FundingAndBillsTest {

  /** One hour before the 08:00 UTC funding. */
  private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");
  private static final String SWAP = "BTC-USDT-SWAP";

  private final OkxSimulation simulation = new OkxSimulation(SimulationConfig.defaults()
      .withClock(SimulatorClock.fixed(START)));
  private final SimulationClient client = new SimulationClient(simulation);
  private SimulationClient.Signed okx;

  @BeforeEach
  void key() {
    okx = client.as(simulation.control().createKey(KeySpec.demo()));
    simulation.control().setBook(SWAP, List.of(BookLevel.of("40000", "100")), List.of(BookLevel.of("40000", "100")));
  }

  @Test
  void theFundingRateNamesTheNextSettlement() {
    JsonNode rate = client.get("/api/v5/public/funding-rate?instId=BTC-USDT-SWAP").first();

    assertThat(rate.path("fundingRate").asText()).isEqualTo("0.0001");
    assertThat(rate.path("fundingTime").asLong()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z").toEpochMilli());
    assertThat(rate.path("nextFundingTime").asLong()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z").toEpochMilli());
    assertThat(client.get("/api/v5/public/funding-rate?instId=BTC-USDT").code()).isEqualTo("51001");
  }

  @Test
  void aLongPaysFundingWhenTheClockPassesASettlement() {
    okx.post("/api/v5/trade/order", market("buy", "10")); // 10 contracts = 0.1 BTC, 4,000 USDT at 40,000
    BigDecimal before = usdt();

    simulation.control().advanceClock(Duration.ofHours(1));

    // 4,000 USDT × 0.0001 = 0.4 USDT paid at the mark price
    assertThat(usdt()).isEqualByComparingTo(before.subtract(new BigDecimal("0.4")));
    JsonNode funding = okx.get("/api/v5/account/bills?type=8").data();
    assertThat(funding).singleElement().satisfies(bill -> {
      assertThat(bill.path("subType").asText()).isEqualTo("173");
      assertThat(bill.path("balChg").asText()).isEqualTo("-0.4");
      assertThat(bill.path("instId").asText()).isEqualTo(SWAP);
      assertThat(bill.path("ts").asLong()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z").toEpochMilli());
    });
    assertThat(okx.get("/api/v5/account/positions").first().path("fundingFee").asText()).isEqualTo("-0.4");
    JsonNode history = client.get("/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&limit=2").data();
    assertThat(history).extracting(h -> h.path("fundingTime").asLong()).containsExactly(
        Instant.parse("2026-03-02T08:00:00Z").toEpochMilli(), Instant.parse("2026-03-02T00:00:00Z").toEpochMilli());
  }

  @Test
  void aShortReceivesFunding() {
    okx.post("/api/v5/trade/order", market("sell", "10"));
    BigDecimal before = usdt();

    simulation.control().advanceClock(Duration.ofHours(8));

    assertThat(usdt()).isEqualByComparingTo(before.add(new BigDecimal("0.4")));
    assertThat(okx.get("/api/v5/account/bills?type=8").first().path("subType").asText()).isEqualTo("174");
  }

  @Test
  void aMovedClockSettlesEveryPeriodItPassedOnce() {
    okx.post("/api/v5/trade/order", market("buy", "10"));

    simulation.control().advanceClock(Duration.ofHours(24)); // 08:00, 16:00, 00:00

    assertThat(okx.get("/api/v5/account/bills?type=8").data()).hasSize(3);
    simulation.control().advanceClock(Duration.ofHours(-20));
    simulation.control().advanceClock(Duration.ofHours(20));
    assertThat(okx.get("/api/v5/account/bills?type=8").data()).as("going back and forth pays nothing twice")
        .hasSize(3);
  }

  @Test
  void tradesWriteBillsForEveryCurrencyTheyMove() {
    okx.post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\","
        + "\"ordType\":\"market\",\"sz\":\"0.01\",\"tgtCcy\":\"base_ccy\"}");

    JsonNode bills = okx.get("/api/v5/account/bills?instType=SPOT").data();

    assertThat(bills).hasSize(2).allSatisfy(bill -> {
      assertThat(bill.path("type").asText()).isEqualTo("2");
      assertThat(bill.path("subType").asText()).isEqualTo("1");
      assertThat(bill.path("instId").asText()).isEqualTo("BTC-USDT");
    });
    JsonNode btc = find(bills, "BTC");
    assertThat(new BigDecimal(btc.path("balChg").asText())).isPositive();
    assertThat(new BigDecimal(btc.path("fee").asText())).isNegative();
    assertThat(new BigDecimal(btc.path("bal").asText())).isEqualByComparingTo(balance("BTC"));
    assertThat(new BigDecimal(find(bills, "USDT").path("balChg").asText())).isNegative();
  }

  @Test
  void derivativesBillsSayWhetherATradeOpenedOrClosed() {
    okx.post("/api/v5/trade/order", market("buy", "10"));
    okx.post("/api/v5/trade/order", market("sell", "10"));

    JsonNode bills = okx.get("/api/v5/account/bills?instType=SWAP").data();

    assertThat(bills).extracting(b -> b.path("subType").asText()).containsExactly("5", "3"); // newest first
    assertThat(bills.get(0).path("mgnMode").asText()).isEqualTo("cross");
    assertThat(okx.get("/api/v5/account/bills?limit=101").code()).isEqualTo("51000");
  }

  @Test
  void markPricesIndicesAndTiersServeDerivativesClients() {
    assertThat(client.get("/api/v5/public/mark-price?instType=SWAP&instId=BTC-USDT-SWAP").first()
        .path("markPx").asText()).isEqualTo("43000");
    assertThat(client.get("/api/v5/market/index-tickers?instId=BTC-USDT").first().path("idxPx").asText())
        .isEqualTo("43000");
    assertThat(client.get("/api/v5/market/index-tickers").code()).isEqualTo("50014");
    Reply tiers = client.get("/api/v5/public/position-tiers?instType=SWAP&tdMode=cross&instFamily=BTC-USDT");
    assertThat(tiers.data()).isNotEmpty();
    assertThat(tiers.first().path("maxLever").asText()).isEqualTo("100");
    assertThat(tiers.first().path("tier").asText()).isEqualTo("1");
    assertThat(client.get("/api/v5/public/position-tiers?instType=SWAP&tdMode=cross").code()).isEqualTo("50014");
    JsonNode candle = client.get("/api/v5/market/mark-price-candles?instId=BTC-USDT-SWAP&bar=1H&limit=2").first();
    assertThat(candle).hasSize(6);
    assertThat(client.get("/api/v5/market/index-candles?instId=BTC-USDT&limit=2").data()).hasSize(2);
  }

  private BigDecimal usdt() {
    return balance("USDT");
  }

  private BigDecimal balance(String ccy) {
    for (JsonNode detail : okx.get("/api/v5/account/balance").first().path("details")) {
      if (detail.path("ccy").asText().equals(ccy)) {
        return new BigDecimal(detail.path("cashBal").asText());
      }
    }
    return BigDecimal.ZERO;
  }

  private static String market(String side, String sz) {
    return "{\"instId\":\"" + SWAP + "\",\"tdMode\":\"cross\",\"side\":\"" + side + "\",\"ordType\":\"market\","
        + "\"sz\":\"" + sz + "\"}";
  }

  private static JsonNode find(JsonNode bills, String ccy) {
    for (JsonNode bill : bills) {
      if (bill.path("ccy").asText().equals(ccy)) {
        return bill;
      }
    }
    throw new AssertionError("no " + ccy + " bill in " + bills);
  }
}
