package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A futures bot's session as freqtrade runs one on OKX, over real HTTP with signed requests: account
 * setup (position mode, leverage), the market data it reads before trading (position tiers, funding
 * rate), a long entry with a stop loss attached, eight hours of funding, the mark price falling through
 * the stop, and the account's bills afterwards.
 */
class FuturesBotFlowAcceptanceTest {

  /** Two hours before the 08:00 UTC funding. */
  private static final Instant START = Instant.parse("2026-06-01T06:00:00Z");
  private static final String SWAP = "BTC-USDT-SWAP";

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(START);

  @Test
  void aLongWithAStopLossPaysFundingAndIsStoppedOut() {
    OkxCredentials key = okx.newCredentials();
    SignedClient.Signed bot = okx.client().as(key, () -> okx.server().control().now());
    okx.server().control().setBook(SWAP, List.of(BookLevel.of("50000", "100")), List.of(BookLevel.of("50000", "100")));

    assertThat(bot.post("/api/v5/account/set-position-mode", "{\"posMode\":\"long_short_mode\"}").code())
        .isEqualTo("0");
    assertThat(bot.post("/api/v5/account/set-leverage", "{\"instId\":\"BTC-USDT-SWAP\",\"lever\":\"5\","
        + "\"mgnMode\":\"isolated\",\"posSide\":\"long\"}").code()).isEqualTo("0");
    assertThat(bot.get("/api/v5/public/position-tiers?instType=SWAP&tdMode=isolated&instFamily=BTC-USDT").data())
        .isNotEmpty();
    assertThat(bot.get("/api/v5/public/funding-rate?instId=BTC-USDT-SWAP").first().path("fundingTime").asLong())
        .isEqualTo(Instant.parse("2026-06-01T08:00:00Z").toEpochMilli());

    JsonNode entry = bot.post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"isolated\","
        + "\"side\":\"buy\",\"posSide\":\"long\",\"ordType\":\"market\",\"sz\":\"20\",\"attachAlgoOrds\":[{"
        + "\"slTriggerPx\":\"48000\",\"slOrdPx\":\"-1\",\"slTriggerPxType\":\"mark\"}]}").first();
    assertThat(entry.path("sCode").asText()).isEqualTo("0");
    JsonNode position = bot.get("/api/v5/account/positions?instId=BTC-USDT-SWAP").first();
    assertThat(position.path("posSide").asText()).isEqualTo("long");
    assertThat(position.path("lever").asText()).isEqualTo("5");
    assertThat(position.path("margin").asText()).isEqualTo("2000"); // 20 × 0.01 BTC × 50,000 / 5

    okx.server().control().advanceClock(Duration.ofHours(3));
    // 10,000 USDT of position × 0.01 % = 1 USDT paid at 08:00
    assertThat(bot.get("/api/v5/account/bills?type=8").first().path("balChg").asText()).isEqualTo("-1");

    okx.server().control().setMarkPrice(SWAP, new BigDecimal("47900"));

    assertThat(bot.get("/api/v5/account/positions").data()).isEmpty();
    JsonNode stop = bot.get("/api/v5/trade/orders-algo-history?ordType=conditional&state=effective").first();
    assertThat(stop.path("actualSide").asText()).isEqualTo("sl");
    JsonNode exit = bot.get("/api/v5/trade/order?instId=BTC-USDT-SWAP&ordId=" + stop.path("ordId").asText()).first();
    assertThat(exit.path("state").asText()).isEqualTo("filled");
    assertThat(exit.path("side").asText()).isEqualTo("sell");
    assertThat(exit.path("posSide").asText()).isEqualTo("long");
    assertThat(bot.get("/api/v5/account/bills?instType=SWAP").data())
        .extracting(b -> b.path("type").asText() + "/" + b.path("subType").asText())
        .containsExactly("2/5", "8/173", "2/3"); // close long, funding paid, open long; newest first
  }
}
