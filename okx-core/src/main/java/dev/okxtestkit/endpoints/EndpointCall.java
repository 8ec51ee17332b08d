package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.EndpointSpec;
import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxCredentials;
import java.util.List;

/**
 * One validated call of an endpoint.
 *
 * @param items the parameters: one element for GET and single POST, one per item for batch endpoints
 * @param caller the authenticated key, {@code null} on public endpoints
 * @param inTimeMicros when the simulator received it (OKX's {@code inTime}, epoch microseconds)
 */
public record EndpointCall(
    EndpointSpec spec, ApiRequest request, List<Params> items, OkxCredentials caller, long inTimeMicros) {

  public EndpointCall {
    items = List.copyOf(items);
  }

  /** The parameters of a non-batch call. */
  public Params params() {
    return items.get(0);
  }

  public String apiKey() {
    return caller.apiKey();
  }
}
