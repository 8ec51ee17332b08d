package dev.okxtestkit.control;

import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A key to create. Empty strings are generated; {@code startingBalances}, when given, are what the key's
 * account starts with and returns to on reset.
 */
public record KeySpec(
    Optional<String> apiKey,
    Optional<String> secretKey,
    Optional<String> passphrase,
    Set<Permission> permissions,
    Environment environment,
    List<String> allowedIps,
    Map<String, BigDecimal> startingBalances) {

  public KeySpec {
    permissions = Set.copyOf(permissions);
    allowedIps = List.copyOf(allowedIps);
    startingBalances = Map.copyOf(startingBalances);
  }

  /** A generated demo-trading key with read and trade permissions, as {@code okx:verify} and tests use. */
  public static KeySpec demo() {
    return new KeySpec(Optional.empty(), Optional.empty(), Optional.empty(),
        EnumSet.of(Permission.READ_ONLY, Permission.TRADE), Environment.DEMO, List.of(), Map.of());
  }

  /** Exactly this key, as a test or a launcher was given it. */
  public static KeySpec of(OkxCredentials key) {
    return new KeySpec(Optional.of(key.apiKey()), Optional.of(key.secretKey()), Optional.of(key.passphrase()),
        key.permissions(), key.environment(), key.allowedIps(), Map.of());
  }

  public KeySpec withPermissions(Set<Permission> newPermissions) {
    return new KeySpec(apiKey, secretKey, passphrase, newPermissions, environment, allowedIps, startingBalances);
  }

  public KeySpec withEnvironment(Environment newEnvironment) {
    return new KeySpec(apiKey, secretKey, passphrase, permissions, newEnvironment, allowedIps, startingBalances);
  }

  public KeySpec withStartingBalances(Map<String, BigDecimal> balances) {
    return new KeySpec(apiKey, secretKey, passphrase, permissions, environment, allowedIps, balances);
  }

  /** Never the secret or passphrase. */
  @Override
  public String toString() {
    return "KeySpec[apiKey=" + apiKey.orElse("(generated)") + ", permissions=" + permissions + ", environment="
        + environment + "]";
  }
}
