package dev.okxtestkit.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.signing.Permission;
import dev.okxtestkit.testing.SignedClient.Reply;
import dev.okxtestkit.testing.SimulationClient;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The funding account and transfers to and from the trading account; what demo trading does not offer. */
class FundingAccountTest {

  private static final String TRANSFER = "/api/v5/asset/transfer";

  private final OkxSimulation simulation = new OkxSimulation();
  private final SimulationClient client = new SimulationClient(simulation);
  private final SimulationClient.Signed okx = client.as(simulation.control().createKey(KeySpec.demo()));

  @Test
  void theFundingAccountStartsEmptyAndTransfersMoveBetweenAccounts() {
    assertThat(okx.get("/api/v5/asset/balances").data()).isEmpty();

    Reply out = okx.post(TRANSFER, "{\"ccy\":\"USDT\",\"amt\":\"100\",\"from\":\"18\",\"to\":\"6\",\"clientId\":\"t1\"}");
    assertThat(out.code()).isEqualTo("0");
    assertThat(out.first().path("transId").asText()).isNotEmpty();
    assertThat(out.first().path("clientId").asText()).isEqualTo("t1");
    assertThat(okx.get("/api/v5/asset/balances?ccy=USDT").first().path("availBal").asText()).isEqualTo("100");
    assertThat(tradingUsdt()).isEqualByComparingTo("9900");

    assertThat(okx.post(TRANSFER, "{\"ccy\":\"USDT\",\"amt\":\"40\",\"from\":\"6\",\"to\":\"18\"}").code())
        .isEqualTo("0");
    assertThat(okx.get("/api/v5/asset/balances").first().path("bal").asText()).isEqualTo("60");
    assertThat(tradingUsdt()).isEqualByComparingTo("9940");
    JsonNode bills = okx.get("/api/v5/account/bills?type=1").data();
    assertThat(bills).extracting(b -> b.path("subType").asText() + " " + b.path("balChg").asText())
        .containsExactly("11 40", "12 -100");
  }

  @Test
  void transfersBeyondTheBalanceOrToTheSameAccountAreRefused() {
    Reply tooMuch = okx.post(TRANSFER, "{\"ccy\":\"USDT\",\"amt\":\"1\",\"from\":\"6\",\"to\":\"18\"}");
    assertThat(tooMuch.code()).isEqualTo("58350");
    assertThat(okx.post(TRANSFER, "{\"ccy\":\"USDT\",\"amt\":\"1\",\"from\":\"18\",\"to\":\"18\"}").code())
        .isEqualTo("51000");
    assertThat(okx.post(TRANSFER, "{\"ccy\":\"USDT\",\"amt\":\"1\",\"from\":\"18\",\"to\":\"6\",\"type\":\"1\"}")
        .code()).isEqualTo("51000");
    assertThat(tradingUsdt()).isEqualByComparingTo("10000");
  }

  @Test
  void withdrawalsAndDepositAddressesAnswerAsDemoTradingDoes() {
    SimulationClient.Signed withdrawing = client.as(simulation.control().createKey(KeySpec.demo()
        .withPermissions(EnumSet.of(Permission.READ_ONLY, Permission.TRADE, Permission.WITHDRAW))));

    Reply withdrawal = withdrawing.post("/api/v5/asset/withdrawal",
        "{\"ccy\":\"USDT\",\"amt\":\"1\",\"dest\":\"4\",\"toAddr\":\"TXyz\",\"chain\":\"USDT-TRC20\"}");

    assertThat(withdrawal.code()).isEqualTo("50038");
    assertThat(withdrawing.get("/api/v5/asset/deposit-address?ccy=USDT").code()).isEqualTo("50038");
    assertThat(okx.post("/api/v5/asset/withdrawal",
        "{\"ccy\":\"USDT\",\"amt\":\"1\",\"dest\":\"4\",\"toAddr\":\"TXyz\"}").code())
        .as("a key without the withdraw permission is refused first").isEqualTo("50120");
  }

  private BigDecimal tradingUsdt() {
    for (JsonNode detail : okx.get("/api/v5/account/balance").first().path("details")) {
      if (detail.path("ccy").asText().equals("USDT")) {
        return new BigDecimal(detail.path("cashBal").asText());
      }
    }
    return BigDecimal.ZERO;
  }
}
