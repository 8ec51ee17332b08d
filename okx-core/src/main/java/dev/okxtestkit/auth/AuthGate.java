package dev.okxtestkit.auth;

import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates private requests the way OKX does: runs the {@link AuthCheck}s in order, stops at the
 * first failure, and records every failure with its diagnosis. Thread-safe.
 */
public final class AuthGate {

  private static final Logger LOG = System.getLogger("dev.okxtestkit.auth");

  private final CredentialStore store;
  private final Clock clock;
  private final AuthFailureLog failures;
  private final List<AuthCheck> order;
  /** Logs failures at most a few lines a second; {@code null} when this server records without logging. */
  private final ThrottledLog log;
  private final SignatureDiagnostician diagnostician = new SignatureDiagnostician();

  public AuthGate(CredentialStore store, Clock clock, AuthFailureLog failures) {
    this(store, clock, failures, AuthCheck.OKX_ORDER);
  }

  public AuthGate(CredentialStore store, Clock clock, AuthFailureLog failures, List<AuthCheck> order) {
    this(store, clock, failures, order, true);
  }

  /**
   * @param logFailures whether each failure is also logged (WARNING on {@code dev.okxtestkit.auth}, at most
   *     {@link ThrottledLog#DEFAULT_LINES_PER_SECOND} lines a second); it is recorded either way
   */
  public AuthGate(
      CredentialStore store, Clock clock, AuthFailureLog failures, List<AuthCheck> order, boolean logFailures) {
    this(store, clock, failures, order, logFailures ? new ThrottledLog(
        Clock.systemUTC(), ThrottledLog.DEFAULT_LINES_PER_SECOND, line -> LOG.log(Level.WARNING, line)) : null);
  }

  AuthGate(CredentialStore store, Clock clock, AuthFailureLog failures, List<AuthCheck> order, ThrottledLog log) {
    this.store = store;
    this.clock = clock;
    this.failures = failures;
    this.order = List.copyOf(order);
    this.log = log;
  }

  /**
   * The credentials of an authentic request, or the rejection OKX would send.
   *
   * @param requiredPermission what the endpoint needs, or {@code null} for nothing beyond a valid key
   */
  public AuthResult authenticate(ApiRequest request, Permission requiredPermission) {
    AuthContext ctx =
        new AuthContext(request, requiredPermission, clock.instant(), store, diagnostician);
    for (AuthCheck check : order) {
      Optional<AuthRejection> rejection = check.check(ctx);
      if (rejection.isPresent()) {
        record(request, ctx, rejection.get());
        return new AuthResult.Rejected(rejection.get());
      }
    }
    return new AuthResult.Authenticated(ctx.credentials());
  }

  private void record(ApiRequest request, AuthContext ctx, AuthRejection rejection) {
    AuthFailure failure = AuthFailure.of(ctx.now(), request, rejection);
    failures.add(failure);
    if (log != null) {
      log.log(failure::logLine);
    }
  }

  /** What {@link #authenticate} decided. */
  public sealed interface AuthResult {
    /** The request is authentic; the key it was signed with. */
    record Authenticated(OkxCredentials credentials) implements AuthResult {}

    /** OKX would refuse the request. */
    record Rejected(AuthRejection rejection) implements AuthResult {}
  }
}
