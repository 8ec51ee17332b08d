package dev.okxtestkit.contracts.check;

import dev.okxtestkit.contracts.http.HttpCall;
import dev.okxtestkit.contracts.http.OkxTransport;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.OkxRequestSigner;
import dev.okxtestkit.signing.OkxTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs and sends the checks' requests. Every private request is signed by the signer under test (the
 * user's own code when {@code okx.signer} is set), so its mistakes reach the target and come back
 * with the simulator's diagnosis.
 */
public final class ApiClient {

  /** Far outside OKX's 30 s window, close enough that no clock skew makes it pass. */
  static final Duration STALE_BY = Duration.ofMinutes(5);

  private final OkxTransport transport;
  private final OkxCredentials credentials;
  private final OkxRequestSigner signer;
  private final Clock clock;

  public ApiClient(OkxTransport transport, OkxCredentials credentials, OkxRequestSigner signer, Clock clock) {
    this.transport = transport;
    this.credentials = credentials;
    this.signer = signer;
    this.clock = clock;
  }

  public OkxRequestSigner signer() {
    return signer;
  }

  public Answer send(ApiCall call) {
    return Answer.of(transport.send(new HttpCall(call.method(), call.target(), call.body(), headers(call))));
  }

  private Map<String, String> headers(ApiCall call) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    if (credentials.environment() == Environment.DEMO && call.tamper() != Tamper.NO_DEMO_HEADER) {
      headers.put(OkxHeaders.SIMULATED_TRADING, "1");
    }
    if (!call.auth()) {
      return headers;
    }
    Instant now = clock.instant();
    String timestamp = OkxTimestamps.format(call.tamper() == Tamper.STALE_TIMESTAMP ? now.minus(STALE_BY) : now);
    String secret = call.tamper() == Tamper.BAD_SIGNATURE ? otherSecret() : credentials.secretKey();
    String signature = signer.sign(timestamp, call.method(), call.target(), call.body(), secret);
    if (signature == null) {
      throw new IllegalStateException("the signer returned null for " + call.describe());
    }
    headers.put(OkxHeaders.ACCESS_KEY, credentials.apiKey());
    headers.put(OkxHeaders.ACCESS_SIGN, signature);
    headers.put(OkxHeaders.ACCESS_TIMESTAMP, timestamp);
    headers.put(OkxHeaders.ACCESS_PASSPHRASE,
        call.tamper() == Tamper.WRONG_PASSPHRASE ? credentials.passphrase() + "-not-it" : credentials.passphrase());
    return headers;
  }

  /** A well-formed secret that is not the key's. */
  private String otherSecret() {
    return new StringBuilder(credentials.secretKey()).reverse() + "0";
  }
}
