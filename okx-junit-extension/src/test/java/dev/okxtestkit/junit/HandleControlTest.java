package dev.okxtestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.exchange.OrderState;
import dev.okxtestkit.exchange.OrderType;
import dev.okxtestkit.exchange.PositionSide;
import dev.okxtestkit.faults.FaultAction;
import dev.okxtestkit.market.Side;
import dev.okxtestkit.signing.OkxCredentials;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The handle's controls, used directly as a user would in a test annotated with {@code @OkxSimulator}. */
@OkxSimulator
class HandleControlTest {

  private static final String ORDER = "/api/v5/trade/order";
  // SOL-USDT: no other test of this module moves its price, so parallel runs cannot interfere.
  private static final String BUY =
      "{\"instId\":\"SOL-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"90\",\"sz\":\"1\"}";

  @Test
  void movingThePriceFillsTheTestsRestingOrder(OkxSimulatorHandle okx) {
    HttpResponse<String> placed = OkxHttp.post(okx.baseUrl(), okx.credentials(), ORDER, BUY);
    assertThat(placed.body()).contains("\"sCode\":\"0\"");
    assertThat(okx.orders()).singleElement().extracting(o -> o.state()).isEqualTo(OrderState.LIVE);

    okx.setPrice("SOL-USDT", new BigDecimal("85"));

    assertThat(okx.orders()).singleElement().extracting(o -> o.state()).isEqualTo(OrderState.FILLED);
    assertThat(okx.fills()).singleElement().satisfies(f -> {
      assertThat(f.fillPx()).isEqualByComparingTo("90");
      assertThat(f.side()).isEqualTo(Side.BUY);
      assertThat(f.posSide()).isEqualTo(PositionSide.NET);
    });
    assertThat(okx.orders()).singleElement().extracting(o -> o.ordType()).isEqualTo(OrderType.LIMIT);
    assertThat(okx.available("SOL")).isEqualByComparingTo("0.9992");
    okx.setPrice("SOL-USDT", new BigDecimal("100"));
  }

  @Test
  void faultsHitOnlyThisTestsKey(OkxSimulatorHandle okx) {
    okx.injectFault(ORDER, new FaultAction.OkxErrorReply("50001", "Service temporarily unavailable", 503), 1);
    OkxCredentials otherKey = okx.server().newCredentials();

    assertThat(OkxHttp.post(okx.baseUrl(), otherKey, ORDER, BUY).body()).contains("\"sCode\":\"0\"");
    HttpResponse<String> failed = OkxHttp.post(okx.baseUrl(), okx.credentials(), ORDER, BUY);
    HttpResponse<String> next = OkxHttp.post(okx.baseUrl(), okx.credentials(), ORDER, BUY);

    assertThat(failed.statusCode()).isEqualTo(503);
    assertThat(failed.body()).isEqualTo("{\"code\":\"50001\",\"msg\":\"Service temporarily unavailable\",\"data\":[]}");
    assertThat(next.body()).contains("\"sCode\":\"0\"");
    assertThat(okx.positions()).isEmpty();
  }
}
