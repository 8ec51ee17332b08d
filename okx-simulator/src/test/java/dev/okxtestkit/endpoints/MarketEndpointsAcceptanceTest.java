package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketEndpointsAcceptanceTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.089Z");
  private static SignedClient.Signed anonymous;

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @BeforeAll
  static void start() {
    anonymous = new SignedClient(okx.server().baseUrl()).as(null, () -> NOW);
  }

  @Test
  void timeIsTheSimulatorClock() {
    SignedClient.Reply reply = anonymous.get("/api/v5/public/time");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"" + NOW.toEpochMilli() + "\"}]}");
  }

  @Test
  void listsSpotInstrumentsWithOkxFields() {
    JsonNode btc = find(anonymous.get("/api/v5/public/instruments?instType=SPOT").data(), "BTC-USDT");

    assertThat(btc.path("baseCcy").asText()).isEqualTo("BTC");
    assertThat(btc.path("quoteCcy").asText()).isEqualTo("USDT");
    assertThat(btc.path("tickSz").asText()).isEqualTo("0.1");
    assertThat(btc.path("lotSz").asText()).isEqualTo("0.00000001");
    assertThat(btc.path("minSz").asText()).isEqualTo("0.00001");
    assertThat(btc.path("state").asText()).isEqualTo("live");
    assertThat(btc.path("futureSettlement").isBoolean()).isTrue();
  }

  @Test
  void filtersInstrumentsByIdAndFamily() {
    assertThat(anonymous.get("/api/v5/public/instruments?instType=SWAP&instFamily=BTC-USDT").data())
        .extracting(n -> n.path("instId").asText()).containsExactly("BTC-USDT-SWAP");
    assertThat(anonymous.get("/api/v5/public/instruments?instType=SPOT&instId=ETH-USDT").data()).hasSize(1);
    assertThat(anonymous.get("/api/v5/public/instruments?instType=FUTURES&instFamily=BTC-USDT").data())
        .hasSize(3).allSatisfy(f -> assertThat(f.path("instId").asText()).matches("BTC-USDT-\\d{6}"));
    assertThat(anonymous.get("/api/v5/public/instruments?instType=OPTION&instFamily=BTC-USD").data()).isEmpty();
    assertThat(anonymous.get("/api/v5/public/instruments?instType=MARGIN").data()).isNotEmpty();
  }

  @Test
  void optionsNeedAFamily() {
    SignedClient.Reply reply = anonymous.get("/api/v5/public/instruments?instType=OPTION");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("50015");
    assertThat(anonymous.get("/api/v5/public/instruments?instType=OPTION&instFamily=BTC-USD").data()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/v5/public/instruments|400|50014|Parameter instType can not be empty.",
      "/api/v5/public/instruments?instType=STOCK|400|51000|Parameter instType error",
      "/api/v5/market/ticker|400|50014|Parameter instId can not be empty.",
      "/api/v5/market/ticker?instId=NOPE-USDT|200|51001|Instrument ID, Instrument ID code or Spread ID doesn't exist.",
      "/api/v5/market/tickers?instType=MARGIN|400|51000|Parameter instType error",
      "/api/v5/market/books?instId=BTC-USDT&sz=401|200|51000|Parameter sz error",
      "/api/v5/market/books?instId=BTC-USDT&sz=abc|400|51000|Parameter sz error",
      "/api/v5/market/candles?instId=BTC-USDT&bar=7m|400|51000|Parameter bar error",
      "/api/v5/market/candles?instId=BTC-USDT&limit=301|400|51000|Parameter limit error"})
  void answersBadMarketRequestsWithOkxErrors(String target, int status, String code, String msg) {
    SignedClient.Reply reply = anonymous.get(target);

    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.code()).isEqualTo(code);
    assertThat(reply.json().path("msg").asText()).isEqualTo(msg);
    assertThat(reply.data().isArray()).isTrue();
    assertThat(reply.data()).isEmpty();
  }

  @Test
  void tickerHasEveryOkxField() {
    JsonNode ticker = anonymous.get("/api/v5/market/ticker?instId=BTC-USDT").first();

    assertThat(ticker.path("instType").asText()).isEqualTo("SPOT");
    assertThat(ticker.path("last").asText()).isEqualTo("43000");
    assertThat(new java.math.BigDecimal(ticker.path("askPx").asText()))
        .isGreaterThan(new java.math.BigDecimal(ticker.path("bidPx").asText()));
    assertThat(ticker.path("ts").asText()).isEqualTo(Long.toString(NOW.toEpochMilli()));
    for (String field : new String[] {"lastSz", "askSz", "bidSz", "open24h", "high24h", "low24h", "volCcy24h",
        "vol24h", "sodUtc0", "sodUtc8"}) {
      assertThat(ticker.path(field).isTextual()).as(field).isTrue();
    }
  }

  @Test
  void tickersListOneRowPerInstrumentOfTheType() {
    assertThat(anonymous.get("/api/v5/market/tickers?instType=SWAP").data())
        .extracting(n -> n.path("instId").asText()).containsExactlyInAnyOrder("BTC-USDT-SWAP", "ETH-USDT-SWAP");
  }

  @Test
  void booksAreSortedAndDeepAsAsked() {
    JsonNode book = anonymous.get("/api/v5/market/books?instId=ETH-USDT&sz=5").first();

    assertThat(book.path("asks")).hasSize(5);
    assertThat(book.path("bids")).hasSize(5);
    assertThat(book.path("asks").path(0).path(0).asDouble()).isLessThan(book.path("asks").path(1).path(0).asDouble());
    assertThat(book.path("bids").path(0).path(0).asDouble()).isGreaterThan(book.path("bids").path(1).path(0).asDouble());
    assertThat(book.path("asks").path(0)).hasSize(4);
    assertThat(book.path("asks").path(0).path(2).asText()).isEqualTo("0");
    assertThat(book.path("seqId").isIntegralNumber()).isTrue();
    assertThat(anonymous.get("/api/v5/market/books?instId=ETH-USDT").first().path("asks")).hasSize(1);
  }

  @Test
  void candlesAreNewestFirstWithNineFields() {
    JsonNode candles = anonymous.get("/api/v5/market/candles?instId=BTC-USDT&bar=1H&limit=3").data();

    assertThat(candles).hasSize(3);
    long newest = candles.path(0).path(0).asLong();
    assertThat(newest).isEqualTo(NOW.toEpochMilli() / 3_600_000 * 3_600_000);
    assertThat(candles.path(1).path(0).asLong()).isEqualTo(newest - 3_600_000);
    assertThat(candles.path(0)).hasSize(9);
    assertThat(candles.path(0).path(4).asText()).isEqualTo("43000"); // the current bar closes at the last price
    assertThat(candles.path(0).path(8).asText()).isEqualTo("0");
    assertThat(candles.path(1).path(8).asText()).isEqualTo("1");
    assertThat(anonymous.get("/api/v5/market/history-candles?instId=BTC-USDT&bar=1s&limit=2").data()).hasSize(2);
    assertThat(anonymous.get("/api/v5/market/candles?instId=BTC-USDT&bar=1H&limit=3").data()).isEqualTo(candles);
  }

  @Test
  void candlesPageBackwardsWithAfter() {
    JsonNode first = anonymous.get("/api/v5/market/candles?instId=BTC-USDT&bar=1m&limit=2").data();
    long oldest = first.path(1).path(0).asLong();

    JsonNode next = anonymous.get("/api/v5/market/candles?instId=BTC-USDT&bar=1m&limit=2&after=" + oldest).data();

    assertThat(next.path(0).path(0).asLong()).isEqualTo(oldest - 60_000);
  }

  @Test
  void recentTradesAreNewestFirst() {
    JsonNode trades = anonymous.get("/api/v5/market/trades?instId=BTC-USDT&limit=5").data();

    assertThat(trades).hasSize(5);
    assertThat(trades.path(0).path("ts").asLong()).isGreaterThan(trades.path(4).path("ts").asLong());
    assertThat(trades.path(0).path("side").asText()).isIn("buy", "sell");
    assertThat(trades.path(0).path("px").asText()).isNotEmpty();
    assertThat(anonymous.get("/api/v5/market/trades?instId=BTC-USDT&limit=501").code()).isEqualTo("51000");
  }

  private static JsonNode find(JsonNode rows, String instId) {
    for (JsonNode row : rows) {
      if (row.path("instId").asText().equals(instId)) {
        return row;
      }
    }
    throw new AssertionError(instId + " not in " + rows);
  }
}
