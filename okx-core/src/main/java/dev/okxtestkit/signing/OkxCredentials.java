package dev.okxtestkit.signing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One OKX API key: the three strings a client needs plus what OKX attaches to the key.
 *
 * <p>{@link #toString()} never shows the secret key or the passphrase, so credentials can be logged or
 * put in assertion messages safely.
 *
 * @param apiKey the {@code OK-ACCESS-KEY} value (a UUID on OKX)
 * @param secretKey the HMAC secret (32 upper-case hex characters on OKX)
 * @param passphrase the {@code OK-ACCESS-PASSPHRASE} value
 * @param permissions what the key may do; always contains {@link Permission#READ_ONLY}
 * @param environment demo-trading or live key
 * @param allowedIps the key's IP allow-list; empty means any address
 */
public record OkxCredentials(
    String apiKey,
    String secretKey,
    String passphrase,
    Set<Permission> permissions,
    Environment environment,
    List<String> allowedIps) {

  public OkxCredentials {
    requireText(apiKey, "apiKey");
    requireText(secretKey, "secretKey");
    requireText(passphrase, "passphrase");
    Objects.requireNonNull(environment, "environment");
    EnumSet<Permission> perms = EnumSet.of(Permission.READ_ONLY);
    perms.addAll(Objects.requireNonNull(permissions, "permissions"));
    permissions = Collections.unmodifiableSet(perms); // enum order, so OKX's perm list is stable
    allowedIps = List.copyOf(Objects.requireNonNull(allowedIps, "allowedIps"));
  }

  /** A demo-trading key with read and trade permissions and no IP allow-list, like a fresh OKX demo key. */
  public static OkxCredentials of(String apiKey, String secretKey, String passphrase) {
    return new OkxCredentials(
        apiKey, secretKey, passphrase, EnumSet.of(Permission.READ_ONLY, Permission.TRADE),
        Environment.DEMO, List.of());
  }

  public boolean has(Permission permission) {
    return permissions.contains(permission);
  }

  public OkxCredentials withPermissions(Set<Permission> newPermissions) {
    return new OkxCredentials(apiKey, secretKey, passphrase, newPermissions, environment, allowedIps);
  }

  public OkxCredentials withEnvironment(Environment newEnvironment) {
    return new OkxCredentials(apiKey, secretKey, passphrase, permissions, newEnvironment, allowedIps);
  }

  public OkxCredentials withAllowedIps(List<String> ips) {
    return new OkxCredentials(apiKey, secretKey, passphrase, permissions, environment, ips);
  }

  @Override
  public String toString() {
    return "OkxCredentials[apiKey=" + apiKey + ", secretKey=****, passphrase=****, permissions="
        + Permission.okxList(permissions) + ", environment=" + environment + ", allowedIps="
        + allowedIps + "]";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
  }
}
