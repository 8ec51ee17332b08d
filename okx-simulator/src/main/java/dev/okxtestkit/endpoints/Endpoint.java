package dev.okxtestkit.endpoints;

import dev.okxtestkit.signing.Permission;

/**
 * One OKX REST endpoint the simulator serves.
 *
 * @param method {@code GET} or {@code POST}
 * @param path e.g. {@code /api/v5/account/balance}
 * @param permission what a key needs to call it; {@code null} for public endpoints
 * @param handler what answers it
 */
public record Endpoint(String method, String path, Permission permission, EndpointHandler handler) {

  public boolean isPublic() {
    return permission == null;
  }
}
