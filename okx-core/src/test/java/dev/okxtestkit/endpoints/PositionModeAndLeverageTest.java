package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.testing.SignedClient.Reply;
import dev.okxtestkit.testing.SimulationClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Position mode and leverage as derivatives bots set them before trading (freqtrade calls set-leverage
 * before every futures entry; ccxt's setPositionMode and setLeverage), through the simulation's request
 * pipeline.
 */
class PositionModeAndLeverageTest {

  private static final String SWAP = "BTC-USDT-SWAP";
  private static final String ORDER = "/api/v5/trade/order";
  private static final String POSITIONS = "/api/v5/account/positions?instType=SWAP";

  private final OkxSimulation simulation = new OkxSimulation();
  private SimulationClient.Signed okx;

  @BeforeEach
  void key() {
    okx = new SimulationClient(simulation).as(simulation.control().createKey(KeySpec.demo()));
    simulation.control().setBook(SWAP, List.of(BookLevel.of("40000", "100")), List.of(BookLevel.of("40000", "100")));
  }

  @Test
  void anAccountStartsInNetModeAndSwitchesToLongShort() {
    assertThat(okx.get("/api/v5/account/config").first().path("posMode").asText()).isEqualTo("net_mode");

    Reply set = setPositionMode("long_short_mode");

    assertThat(set.code()).isEqualTo("0");
    assertThat(set.first().path("posMode").asText()).isEqualTo("long_short_mode");
    assertThat(okx.get("/api/v5/account/config").first().path("posMode").asText()).isEqualTo("long_short_mode");
  }

  @Test
  void posSideMustMatchTheMode() {
    assertThat(sCode(market("buy", "long", "1"))).isEqualTo("51000");
    assertThat(market("buy", "long", "1").first().path("sMsg").asText()).isEqualTo("Parameter posSide error");

    setPositionMode("long_short_mode");

    assertThat(sCode(market("buy", null, "1"))).isEqualTo("51000");
    assertThat(sCode(market("buy", "net", "1"))).isEqualTo("51000");
    assertThat(sCode(market("buy", "long", "1"))).isEqualTo("0");
  }

  @Test
  void longShortModeKeepsBothSidesApartWithPositiveSizes() {
    setPositionMode("long_short_mode");

    assertThat(sCode(market("buy", "long", "3"))).isEqualTo("0");
    assertThat(sCode(market("sell", "short", "2"))).isEqualTo("0");

    JsonNode positions = okx.get(POSITIONS).data();
    assertThat(positions).hasSize(2);
    assertThat(position(positions, "long").path("pos").asText()).isEqualTo("3");
    assertThat(position(positions, "short").path("pos").asText()).isEqualTo("2");

    assertThat(sCode(market("sell", "long", "3"))).isEqualTo("0");
    JsonNode left = okx.get(POSITIONS).data();
    assertThat(left).singleElement().satisfies(p -> {
      assertThat(p.path("posSide").asText()).isEqualTo("short");
      assertThat(p.path("pos").asText()).isEqualTo("2");
    });
  }

  @Test
  void anOrderCannotCloseMoreThanItsSideHolds() {
    setPositionMode("long_short_mode");

    Reply nothing = market("sell", "long", "1");
    assertThat(sCode(nothing)).isEqualTo("51169");

    market("buy", "long", "2");
    assertThat(sCode(market("sell", "long", "3"))).isEqualTo("51112");
    assertThat(okx.post(ORDER, order("limit", "sell", "long", "2", "50000")).first().path("sCode").asText())
        .isEqualTo("0");
    assertThat(sCode(market("sell", "long", "1"))).as("the resting close order already covers it")
        .isEqualTo("51112");
  }

  @Test
  void theModeCannotChangeWithAnOpenPositionOrOrder() {
    market("buy", null, "1");

    Reply refused = setPositionMode("long_short_mode");

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.code()).isEqualTo("59000");
    assertThat(okx.get("/api/v5/account/config").first().path("posMode").asText()).isEqualTo("net_mode");
  }

  @Test
  void leverageIsSetPerInstrumentAndUsedForNewPositions() {
    Reply set = okx.post("/api/v5/account/set-leverage",
        "{\"instId\":\"BTC-USDT-SWAP\",\"lever\":\"20\",\"mgnMode\":\"cross\"}");

    assertThat(set.code()).isEqualTo("0");
    assertThat(set.first().path("lever").asText()).isEqualTo("20");
    assertThat(set.first().path("posSide").asText()).isEqualTo("net");
    assertThat(okx.get("/api/v5/account/leverage-info?instId=BTC-USDT-SWAP&mgnMode=cross").first()
        .path("lever").asText()).isEqualTo("20");

    market("buy", null, "1"); // 1 contract = 0.01 BTC at 40000: 400 USDT notional

    JsonNode position = okx.get(POSITIONS).first();
    assertThat(position.path("lever").asText()).isEqualTo("20");
    assertThat(position.path("imr").asText()).isEqualTo("20");
  }

  @Test
  void isolatedLeverageInLongShortModeIsPerSide() {
    setPositionMode("long_short_mode");

    Reply withoutSide = okx.post("/api/v5/account/set-leverage",
        "{\"instId\":\"BTC-USDT-SWAP\",\"lever\":\"5\",\"mgnMode\":\"isolated\"}");
    Reply longSide = okx.post("/api/v5/account/set-leverage",
        "{\"instId\":\"BTC-USDT-SWAP\",\"lever\":\"5\",\"mgnMode\":\"isolated\",\"posSide\":\"long\"}");

    assertThat(withoutSide.code()).isEqualTo("51000");
    assertThat(longSide.code()).isEqualTo("0");
    JsonNode rows = okx.get("/api/v5/account/leverage-info?instId=BTC-USDT-SWAP&mgnMode=isolated").data();
    assertThat(rows).extracting(r -> r.path("posSide").asText() + "=" + r.path("lever").asText())
        .containsExactly("long=5", "short=10");
  }

  @Test
  void leverageBeyondTheInstrumentsMaximumOrOnAnUnknownInstrumentIsRefused() {
    assertThat(okx.post("/api/v5/account/set-leverage",
        "{\"instId\":\"BTC-USDT-SWAP\",\"lever\":\"101\",\"mgnMode\":\"cross\"}").code()).isEqualTo("59102");
    assertThat(okx.post("/api/v5/account/set-leverage",
        "{\"instId\":\"NOPE-USDT-SWAP\",\"lever\":\"5\",\"mgnMode\":\"cross\"}").code()).isEqualTo("51001");
    assertThat(okx.post("/api/v5/account/set-leverage",
        "{\"lever\":\"5\",\"mgnMode\":\"cross\"}").code()).isEqualTo("50014");
  }

  @Test
  void maxSizeAndMaxAvailSizeFollowBalancesAndLeverage() {
    JsonNode spot = okx.get("/api/v5/account/max-size?instId=BTC-USDT&tdMode=cash&px=40000").first();
    assertThat(spot.path("maxBuy").asText()).isEqualTo("0.25"); // 10,000 USDT at 40,000
    assertThat(spot.path("maxSell").asText()).isEqualTo("1");
    JsonNode avail = okx.get("/api/v5/account/max-avail-size?instId=BTC-USDT&tdMode=cash").first();
    assertThat(avail.path("availBuy").asText()).isEqualTo("10000");
    assertThat(avail.path("availSell").asText()).isEqualTo("1");

    // 10,000 USDT × 10 (the default leverage) / (40,000 × 0.01 BTC a contract)
    assertThat(okx.get("/api/v5/account/max-size?instId=BTC-USDT-SWAP&tdMode=cross&px=40000").first()
        .path("maxBuy").asText()).isEqualTo("250");
    assertThat(okx.get("/api/v5/account/max-size?instId=BTC-USDT-SWAP&tdMode=cross&px=40000&leverage=20").first()
        .path("maxSell").asText()).isEqualTo("500");
    assertThat(okx.get("/api/v5/account/max-size?instId=BTC-USDT-SWAP&tdMode=cross&leverage=99999999999").code())
        .isEqualTo("51000");
    assertThat(okx.get("/api/v5/account/max-size?instId=NOPE&tdMode=cash").code()).isEqualTo("51001");
  }

  private Reply setPositionMode(String mode) {
    return okx.post("/api/v5/account/set-position-mode", "{\"posMode\":\"" + mode + "\"}");
  }

  private Reply market(String side, String posSide, String sz) {
    return okx.post(ORDER, order("market", side, posSide, sz, null));
  }

  private static String order(String ordType, String side, String posSide, String sz, String px) {
    return "{\"instId\":\"" + SWAP + "\",\"tdMode\":\"cross\",\"side\":\"" + side + "\",\"ordType\":\"" + ordType
        + "\",\"sz\":\"" + sz + "\"" + (posSide == null ? "" : ",\"posSide\":\"" + posSide + "\"")
        + (px == null ? "" : ",\"px\":\"" + px + "\"") + "}";
  }

  private static String sCode(Reply reply) {
    return reply.first().path("sCode").asText();
  }

  private static JsonNode position(JsonNode positions, String posSide) {
    for (JsonNode p : positions) {
      if (p.path("posSide").asText().equals(posSide)) {
        return p;
      }
    }
    throw new AssertionError("no " + posSide + " position in " + positions);
  }
}
