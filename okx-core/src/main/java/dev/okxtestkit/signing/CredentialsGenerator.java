package dev.okxtestkit.signing;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Makes realistic test credentials in OKX's shapes: a UUID API key, a 32-character upper-case hex
 * secret and a 16-character letters-and-digits passphrase. Thread-safe when the {@link Random} is.
 */
public final class CredentialsGenerator {

  private static final String PASSPHRASE_CHARS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final Random random;

  /** Unpredictable credentials. */
  public CredentialsGenerator() {
    this(new SecureRandom());
  }

  /** Reproducible credentials, e.g. {@code new CredentialsGenerator(new Random(42))}. */
  public CredentialsGenerator(Random random) {
    this.random = random;
  }

  /** A demo-trading key with read and trade permissions. */
  public OkxCredentials next() {
    return new OkxCredentials(
        apiKey(), secretKey(), passphrase(), EnumSet.of(Permission.READ_ONLY, Permission.TRADE),
        Environment.DEMO, List.of());
  }

  private String apiKey() {
    // Version-4 layout, like the keys OKX issues.
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  private String secretKey() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }

  private String passphrase() {
    StringBuilder sb = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      sb.append(PASSPHRASE_CHARS.charAt(random.nextInt(PASSPHRASE_CHARS.length())));
    }
    return sb.toString();
  }
}
