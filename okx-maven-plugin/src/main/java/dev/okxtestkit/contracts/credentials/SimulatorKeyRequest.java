package dev.okxtestkit.contracts.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.contracts.VerificationSetupException;
import dev.okxtestkit.contracts.http.HttpAnswer;
import dev.okxtestkit.contracts.http.HttpCall;
import dev.okxtestkit.contracts.http.OkxTransport;
import dev.okxtestkit.signing.OkxCredentials;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Asks an OKX simulator at a URL (a container, a shared test server) for a fresh demo key through its
 * control API, so {@code target=url} needs no configured credentials when it points at a simulator.
 */
public final class SimulatorKeyRequest {

  static final String PATH = "/__admin/okx/credentials";

  private SimulatorKeyRequest() {}

  /** Empty when the URL does not serve the simulator's control API. */
  public static Optional<ResolvedCredentials> request(OkxTransport transport, String baseUrl) {
    HttpAnswer answer = transport.send(new HttpCall("POST", PATH, "{}", Map.of("Content-Type", "application/json")));
    if (answer.status() != 200) {
      return Optional.empty();
    }
    try {
      JsonNode key = new ObjectMapper().readTree(answer.body());
      return Optional.of(new ResolvedCredentials(
          OkxCredentials.of(key.path("apiKey").asText(), key.path("secretKey").asText(),
              key.path("passphrase").asText()),
          "a new key from the simulator's control API at " + baseUrl));
    } catch (IOException | IllegalArgumentException e) {
      throw new VerificationSetupException(baseUrl + PATH + " answered 200 but not with a key: " + e.getMessage());
    }
  }
}
