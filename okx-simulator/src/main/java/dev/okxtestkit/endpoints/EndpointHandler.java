package dev.okxtestkit.endpoints;

import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.signing.OkxCredentials;

/** Answers one endpoint once the request has passed the gate. */
@FunctionalInterface
public interface EndpointHandler {

  /**
   * @param caller the authenticated key; {@code null} on public endpoints
   */
  ApiResponse handle(ApiRequest request, OkxCredentials caller);
}
