package example;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The app's own OKX client: Spring's RestClient and Jackson, signing as OKX documents. */
@Component
public class OkxClient {

  private final RestClient rest;
  private final String apiKey;
  private final String secretKey;
  private final String passphrase;

  OkxClient(@Value("${okx.base-url}") String baseUrl, @Value("${okx.api-key}") String apiKey,
      @Value("${okx.secret-key}") String secretKey, @Value("${okx.passphrase}") String passphrase) {
    this.rest = RestClient.builder().baseUrl(baseUrl).build();
    this.apiKey = apiKey;
    this.secretKey = secretKey;
    this.passphrase = passphrase;
  }

  public JsonNode get(String pathAndQuery) {
    String timestamp = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    return rest.get().uri(pathAndQuery)
        .header("OK-ACCESS-KEY", apiKey)
        .header("OK-ACCESS-SIGN", sign(timestamp + "GET" + pathAndQuery))
        .header("OK-ACCESS-TIMESTAMP", timestamp)
        .header("OK-ACCESS-PASSPHRASE", passphrase)
        .header("x-simulated-trading", "1")
        .retrieve().body(JsonNode.class);
  }

  private String sign(String prehash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
