package dev.okxtestkit.endpoints;

import dev.okxtestkit.protocol.ApiResponse;

/** Answers one endpoint once the request passed the gate, the rate limit and parameter validation. */
@FunctionalInterface
public interface EndpointHandler {

  ApiResponse handle(EndpointCall call);
}
