package dev.okxtestkit.endpoints;

import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.signing.OkxCredentials;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** GET /api/v5/public/time: the simulator clock in epoch milliseconds, which clients sync to. */
public final class PublicTimeEndpoint implements EndpointHandler {

  private final Clock clock;

  public PublicTimeEndpoint(Clock clock) {
    this.clock = clock;
  }

  public static Endpoint endpoint(Clock clock) {
    return new Endpoint("GET", "/api/v5/public/time", null, new PublicTimeEndpoint(clock));
  }

  @Override
  public ApiResponse handle(ApiRequest request, OkxCredentials caller) {
    return Envelope.ok(List.of(Map.of("ts", Long.toString(clock.millis()))));
  }
}
