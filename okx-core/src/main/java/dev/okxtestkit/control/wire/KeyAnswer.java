package dev.okxtestkit.control.wire;

import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import java.util.List;

/** The key {@code POST /__admin/okx/credentials} made, secret included (it is a test key). */
public record KeyAnswer(
    String apiKey, String secretKey, String passphrase, String permissions, String environment) {

  public static KeyAnswer of(OkxCredentials key) {
    return new KeyAnswer(key.apiKey(), key.secretKey(), key.passphrase(), Permission.okxList(key.permissions()),
        key.environment().name().toLowerCase(java.util.Locale.ROOT));
  }

  public OkxCredentials toCredentials() {
    return new OkxCredentials(apiKey, secretKey, passphrase, Permission.parseList(permissions),
        Environment.parse(environment), List.of());
  }

  @Override
  public String toString() {
    return "KeyAnswer[apiKey=" + apiKey + ", permissions=" + permissions + "]";
  }
}
