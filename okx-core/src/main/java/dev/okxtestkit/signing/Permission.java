package dev.okxtestkit.signing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** API key permissions, named as OKX reports them in {@code /account/config} field {@code perm}. */
public enum Permission {
  READ_ONLY("read_only"),
  TRADE("trade"),
  WITHDRAW("withdraw");

  private final String okxName;

  Permission(String okxName) {
    this.okxName = okxName;
  }

  public String okxName() {
    return okxName;
  }

  /** {@code read_only}, {@code trade} or {@code withdraw} (also {@code read}), case-insensitive. */
  public static Permission parse(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    for (Permission p : values()) {
      if (p.okxName.equals(v)) {
        return p;
      }
    }
    if (v.equals("read")) {
      return READ_ONLY;
    }
    throw new IllegalArgumentException(
        "permission must be one of read_only, trade, withdraw, not '" + value + "'");
  }

  /** A comma-separated list such as {@code read_only,trade}; read_only is always included, as on OKX. */
  public static Set<Permission> parseList(String commaSeparated) {
    Set<Permission> result = EnumSet.of(READ_ONLY);
    for (String part : commaSeparated.split(",")) {
      if (!part.isBlank()) {
        result.add(parse(part));
      }
    }
    return result;
  }

  /** OKX's {@code perm} field: names joined by commas. */
  public static String okxList(Set<Permission> permissions) {
    return permissions.stream().map(Permission::okxName).collect(Collectors.joining(","));
  }
}
