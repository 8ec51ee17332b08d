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
  /** Where the admin token of a simulator that needs one comes from: never a plugin parameter, as Maven prints those. */
  public static final String ADMIN_TOKEN_VARIABLE = "OKX_ADMIN_TOKEN";

  private SimulatorKeyRequest() {}

  /**
   * Empty when the URL does not serve the simulator's control API (or refuses it without the right token).
   *
   * @param adminToken the simulator's admin token, for one bound beyond loopback or in a container
   */
  public static Optional<ResolvedCredentials> request(
      OkxTransport transport, String baseUrl, Optional<String> adminToken) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    adminToken.filter(t -> !t.isBlank()).ifPresent(t -> headers.put("Authorization", "Bearer " + t.trim()));
    HttpAnswer answer = transport.send(new HttpCall("POST", PATH, "{}", headers));
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
