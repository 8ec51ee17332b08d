package dev.okxtestkit.contracts.builtin;

import dev.okxtestkit.auth.Diagnosis;
import dev.okxtestkit.auth.SignatureDiagnostician;
import dev.okxtestkit.auth.WebSocketLogin;
import dev.okxtestkit.contracts.check.Check;
import dev.okxtestkit.contracts.check.CheckContext;
import dev.okxtestkit.contracts.check.Outcome;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.OkxTimestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signer under test must produce a vector's verified signature. Offline: a wrong signature is
 * explained by the simulator's own diagnostician, with the same text the simulator would send.
 */
final class SigningVectorCheck implements Check {

  private final SigningVector vector;

  SigningVectorCheck(SigningVector vector) {
    this.vector = vector;
  }

  @Override
  public String group() {
    return "builtin.signing";
  }

  @Override
  public String name() {
    return "vector " + vector.name();
  }

  @Override
  public Outcome run(CheckContext context) {
    String actual = context.signer().sign(
        vector.timestamp(), vector.method(), vector.requestPath(), vector.body(), vector.secretKey());
    if (vector.signature().equals(actual)) {
      return Outcome.passed();
    }
    StringBuilder message = new StringBuilder()
        .append("signature: expected ").append(vector.signature()).append(", got ").append(actual)
        .append("\n  for sign(\"").append(vector.timestamp()).append("\", \"").append(vector.method())
        .append("\", \"").append(vector.requestPath()).append("\", ").append(vector.body().length())
        .append("-character body, published test secret)")
        .append("\n  correct prehash: ").append(vector.prehash());
    diagnose(actual).ifPresent(d -> message.append("\n  simulator diagnosis: ").append(d.headerValue()));
    return Outcome.failed(message.toString());
  }

  private Optional<Diagnosis> diagnose(String actual) {
    if (actual == null) {
      return Optional.empty();
    }
    if (isWebSocketLogin()) {
      OkxCredentials key = OkxCredentials.of("signing-vector", vector.secretKey(), "signing-vector");
      return Optional.of(WebSocketLogin.diagnose(actual, vector.timestamp(), key));
    }
    ApiRequest request = new ApiRequest(vector.method(), vector.requestPath(), vector.body(),
        Map.of(OkxHeaders.ACCESS_SIGN, actual, OkxHeaders.ACCESS_TIMESTAMP, vector.timestamp()), "127.0.0.1");
    Instant at = OkxTimestamps.parse(vector.timestamp()).orElseGet(() -> epochSeconds(vector.timestamp()));
    OkxCredentials key = OkxCredentials.of("signing-vector", vector.secretKey(), "signing-vector");
    return Optional.of(new SignatureDiagnostician().diagnose(request, at, key, List.of()));
  }

  /** A WebSocket login's sign: GET /users/self/verify, no body, the timestamp in epoch seconds. */
  private boolean isWebSocketLogin() {
    return vector.method().equals("GET") && vector.requestPath().equals("/users/self/verify")
        && vector.body().isEmpty() && vector.timestamp().matches("\\d{1,12}");
  }

  private static Instant epochSeconds(String timestamp) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(timestamp)); // WebSocket login vectors
    } catch (NumberFormatException e) {
      return Instant.EPOCH;
    }
  }
}
