package dev.okxtestkit.control.wire;

import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.control.OkxControlException;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /__admin/okx/credentials}: {@code {"permissions":"read_only,trade","environment":"demo",
 * "allowedIps":"10.0.0.1","balances":{"USDT":"500"}}}; every field optional.
 */
public record KeyBody(
    String apiKey, String secretKey, String passphrase, String permissions, String environment,
    String allowedIps, Map<String, String> balances) {

  public static KeyBody of(KeySpec spec) {
    Map<String, String> balances = new LinkedHashMap<>();
    spec.startingBalances().forEach((ccy, amount) -> balances.put(ccy, amount.toString()));
    return new KeyBody(spec.apiKey().orElse(null), spec.secretKey().orElse(null), spec.passphrase().orElse(null),
        Permission.okxList(spec.permissions()), spec.environment().name().toLowerCase(java.util.Locale.ROOT),
        String.join(",", spec.allowedIps()), balances);
  }

  public KeySpec toSpec() {
    try {
      return new KeySpec(Optional.ofNullable(apiKey), Optional.ofNullable(secretKey), Optional.ofNullable(passphrase),
          permissions == null ? KeySpec.demo().permissions() : Permission.parseList(permissions),
          environment == null ? Environment.DEMO : Environment.parse(environment),
          allowedIps == null ? List.of()
              : Arrays.stream(allowedIps.split(",")).map(String::trim).filter(ip -> !ip.isEmpty()).toList(),
          decimals(balances));
    } catch (IllegalArgumentException e) {
      throw new OkxControlException(e.getMessage());
    }
  }

  static Map<String, BigDecimal> decimals(Map<String, String> amounts) {
    Map<String, BigDecimal> result = new LinkedHashMap<>();
    if (amounts != null) {
      amounts.forEach((ccy, text) -> result.put(ccy, Decimals.parse(ccy, text)));
    }
    return result;
  }

  /** Never the secret or passphrase. */
  @Override
  public String toString() {
    return "KeyBody[apiKey=" + apiKey + ", permissions=" + permissions + ", environment=" + environment + "]";
  }
}
