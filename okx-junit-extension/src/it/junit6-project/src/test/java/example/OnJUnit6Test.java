package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.okxtestkit.junit.OkxApiKey;
import dev.okxtestkit.junit.OkxBaseUrl;
import dev.okxtestkit.junit.OkxSimulator;
import dev.okxtestkit.junit.OkxSimulatorHandle;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@OkxSimulator(balances = "USDT=1234")
class OnJUnit6Test {

  @OkxApiKey static String classKey;

  @BeforeAll
  static void printJupiterVersion() {
    // verify.groovy reads this line from build.log to prove which JUnit ran the tests.
    System.out.println("Jupiter version: " + Test.class.getPackage().getImplementationVersion());
  }

  @Test
  void signedRequestSeesTheConfiguredBalance(@OkxBaseUrl String baseUrl, OkxCredentials key) throws Exception {
    HttpResponse<String> response = get(baseUrl, key, "/api/v5/account/balance?ccy=USDT");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"availBal\":\"1234\""), response.body());
  }

  @Test
  void eachTestHasItsOwnKey(@OkxApiKey String apiKey, OkxSimulatorHandle okx) {
    assertNotEquals(classKey, apiKey);
    okx.setBalance("USDT", BigDecimal.ONE);
    assertEquals(0, okx.available("USDT").compareTo(BigDecimal.ONE));
  }

  @Test
  void badSignatureIsVisibleToTheTest(OkxSimulatorHandle okx) throws Exception {
    OkxCredentials wrongSecret = OkxCredentials.of(
        okx.credentials().apiKey(), "00000000000000000000000000000000", okx.credentials().passphrase());
    assertEquals(401, get(okx.baseUrl(), wrongSecret, "/api/v5/account/balance").statusCode());
    assertEquals("50113", okx.consumeAuthFailures().get(0).code());
  }

  private static HttpResponse<String> get(String baseUrl, OkxCredentials key, String target) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target)).GET();
    new OkxSigner().headers(key, "GET", target, "", Instant.now()).forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
