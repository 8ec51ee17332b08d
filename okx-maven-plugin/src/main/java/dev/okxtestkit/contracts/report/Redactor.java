package dev.okxtestkit.contracts.report;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Replaces known secrets by {@code ****} in any text bound for a log or report: a second line of
 * defence behind never putting them in a message in the first place (a user's signer or an answer
 * could still echo one).
 */
public final class Redactor {

  /** Shorter values would blot out ordinary words; OKX secrets and passphrases are longer. */
  static final int MIN_SECRET_LENGTH = 4;
  public static final String MASK = "****";

  private final List<String> secrets;

  public Redactor(Collection<String> secrets) {
    this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> s.length() >= MIN_SECRET_LENGTH)
        .distinct().sorted((a, b) -> b.length() - a.length()) // longest first: a secret may contain another
        .toList();
  }

  public static Redactor none() {
    return new Redactor(List.of());
  }

  public String apply(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }
}
