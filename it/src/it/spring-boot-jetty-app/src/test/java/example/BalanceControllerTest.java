package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.junit.OkxBaseUrl;
import dev.okxtestkit.junit.OkxInject;
import dev.okxtestkit.junit.OkxSimulator;
import dev.okxtestkit.junit.OkxSimulatorHandle;
import dev.okxtestkit.signing.OkxCredentials;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OkxSimulator(balances = "USDT=1000")
class BalanceControllerTest {

  @OkxInject static OkxCredentials okxKey;
  @OkxBaseUrl static String okxBaseUrl;
  @OkxInject static OkxSimulatorHandle okx;

  @DynamicPropertySource
  static void okxProperties(DynamicPropertyRegistry registry) {
    registry.add("okx.base-url", () -> okxBaseUrl);
    registry.add("okx.api-key", () -> okxKey.apiKey());
    registry.add("okx.secret-key", () -> okxKey.secretKey());
    registry.add("okx.passphrase", () -> okxKey.passphrase());
  }

  @Autowired TestRestTemplate http;

  @BeforeEach
  void freshAccount() {
    okx.resetAccount();
  }

  @Test
  void servesTheBalanceFromOkx() {
    assertThat(http.getForObject("/balances/USDT", String.class)).isEqualTo("1000");
  }

  @Test
  void seesBalanceChangesMadeThroughTheSimulator() {
    okx.setBalance("USDT", new BigDecimal("12.5"));

    assertThat(http.getForObject("/balances/USDT", String.class)).isEqualTo("12.5");
  }
}
