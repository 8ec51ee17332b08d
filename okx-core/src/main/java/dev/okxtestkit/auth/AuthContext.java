package dev.okxtestkit.auth;

import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import java.time.Instant;

/** What the checks of one request share: the request, and what earlier checks found out. */
final class AuthContext {

  private final ApiRequest request;
  private final Permission requiredPermission;
  private final Instant now;
  private final CredentialStore store;
  private final SignatureDiagnostician diagnostician;
  private OkxCredentials credentials;
  private Instant timestamp;

  AuthContext(ApiRequest request, Permission requiredPermission, Instant now, CredentialStore store,
      SignatureDiagnostician diagnostician) {
    this.request = request;
    this.requiredPermission = requiredPermission;
    this.now = now;
    this.store = store;
    this.diagnostician = diagnostician;
  }

  ApiRequest request() {
    return request;
  }

  String header(String name) {
    return request.header(name);
  }

  Permission requiredPermission() {
    return requiredPermission;
  }

  Instant now() {
    return now;
  }

  CredentialStore store() {
    return store;
  }

  OkxCredentials credentials() {
    if (credentials == null) {
      throw new IllegalStateException("AuthCheck.KNOWN_KEY must run before checks that need the key");
    }
    return credentials;
  }

  void credentials(OkxCredentials found) {
    this.credentials = found;
  }

  Instant timestamp() {
    if (timestamp == null) {
      throw new IllegalStateException("AuthCheck.TIMESTAMP_FORMAT must run before TIMESTAMP_WINDOW");
    }
    return timestamp;
  }

  void timestamp(Instant parsed) {
    this.timestamp = parsed;
  }

  Diagnosis diagnoseSignature() {
    Instant ts = timestamp != null ? timestamp : now;
    return diagnostician.diagnose(request, ts, credentials(),
        store.all().stream().map(OkxCredentials::secretKey).toList());
  }
}
