package example;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BalanceController {

  private final OkxClient okx;

  BalanceController(OkxClient okx) {
    this.okx = okx;
  }

  /** The available amount of one currency, from OKX's account balance. */
  @GetMapping("/balances/{ccy}")
  String available(@PathVariable String ccy) {
    JsonNode details = okx.get("/api/v5/account/balance?ccy=" + ccy).path("data").path(0).path("details");
    return details.isEmpty() ? "0" : details.path(0).path("availBal").asText();
  }
}
