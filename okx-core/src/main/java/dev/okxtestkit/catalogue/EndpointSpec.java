package dev.okxtestkit.catalogue;

import dev.okxtestkit.signing.Permission;
import java.util.List;
import java.util.Optional;

/**
 * What OKX publishes about one REST endpoint: the data that drives routing, the permission check,
 * parameter validation, rate limiting and the README's endpoint table.
 *
 * @param method {@code GET} or {@code POST}
 * @param path e.g. {@code /api/v5/trade/order}
 * @param permission what a key needs; empty for public endpoints
 * @param rateLimit OKX's limit
 * @param shape where the parameters are
 * @param params the parameters the simulator checks (others are accepted and ignored, as on OKX)
 * @param maxItems for {@link BodyShape#ARRAY}: the most items OKX takes in one request
 */
public record EndpointSpec(
    String method,
    String path,
    Optional<Permission> permission,
    RateLimit rateLimit,
    BodyShape shape,
    List<ParamSpec> params,
    int maxItems) {

  public EndpointSpec {
    params = List.copyOf(params);
  }

  public boolean isPublic() {
    return permission.isEmpty();
  }

  public Optional<ParamSpec> param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
