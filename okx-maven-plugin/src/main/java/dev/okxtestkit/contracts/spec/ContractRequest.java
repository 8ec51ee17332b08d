package dev.okxtestkit.contracts.spec;

import dev.okxtestkit.contracts.check.ApiCall;
import dev.okxtestkit.contracts.check.Tamper;

/**
 * The request of a contract, ready to send.
 *
 * @param method {@code GET} or {@code POST}
 * @param path from {@code /api/v5/}, without query
 * @param query the query as sent (and signed), without {@code ?}; {@code ""} when none
 * @param body the body as sent (and signed), {@code ""} when none
 * @param auth whether the request is signed with the target's key
 */
public record ContractRequest(String method, String path, String query, String body, boolean auth) {

  public String target() {
    return query.isEmpty() ? path : path + "?" + query;
  }

  public ApiCall toCall() {
    return new ApiCall(method, target(), body, auth, Tamper.NONE);
  }

  /** OKX's public and market endpoints need no signature; everything else under /api/v5 does. */
  public static boolean isPrivatePath(String path) {
    return !(path.startsWith("/api/v5/public/") || path.startsWith("/api/v5/market/"));
  }
}
