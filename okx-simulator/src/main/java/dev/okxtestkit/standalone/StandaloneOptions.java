package dev.okxtestkit.standalone;

import dev.okxtestkit.exchange.Balances;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.Permission;
import dev.okxtestkit.stream.BookChecksum;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * The standalone simulator's options, typed and checked: what {@link StandaloneCommand} read from the
 * command line and the environment.
 */
record StandaloneOptions(
    boolean help,
    int port,
    int webSocketPort,
    BookChecksum bookChecksum,
    String bindAddress,
    Optional<String> apiKey,
    Optional<String> secretKey,
    Optional<String> passphrase,
    Environment environment,
    Set<Permission> permissions,
    List<String> allowedIps,
    Map<String, BigDecimal> balances,
    boolean requestJournalDisabled,
    Optional<Integer> maxRequestJournalEntries,
    boolean rateLimits,
    long maxRequestBodyBytes,
    boolean trustForwardedFor,
    Optional<String> adminToken,
    boolean proxying,
    boolean fileWrites) {

  /** Never the admin token or a secret: a record's default toString would print them. */
  @Override
  public String toString() {
    return "StandaloneOptions[port=" + port + ", wsPort=" + webSocketPort + ", bind=" + bindAddress
        + ", apiKey=" + apiKey.orElse("(generated)")
        + ", adminToken=" + (adminToken.isPresent() ? "****" : "(none)") + "]";
  }

  static final int DEFAULT_PORT = StandaloneCommand.DEFAULT_PORT;

  /** The usage text, generated from {@link StandaloneCommand}'s options. */
  static String usage() {
    return new CommandLine(new StandaloneCommand().spec()).getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /** The command line alone, as if no {@code OKX_*} variable were set. */
  static StandaloneOptions parse(String... args) {
    return parse(Map.of(), args);
  }

  /**
   * Options from the command line, each one not given there taken from its environment variable
   * ({@link EnvironmentDefaults}), then from its default.
   *
   * @throws IllegalArgumentException with a one-line message for anything not accepted
   */
  static StandaloneOptions parse(Map<String, String> env, String... args) {
    StandaloneCommand command = new StandaloneCommand();
    try {
      new CommandLine(command.spec())
          .setDefaultValueProvider(new EnvironmentDefaults(env))
          .setUnmatchedOptionsArePositionalParams(false)
          .parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return of(command);
  }

  private static StandaloneOptions of(StandaloneCommand c) {
    String apiKey = c.text("--api-key");
    String secretKey = c.text("--secret-key");
    String passphrase = c.text("--passphrase");
    int given = (apiKey == null ? 0 : 1) + (secretKey == null ? 0 : 1) + (passphrase == null ? 0 : 1);
    if (given != 0 && given != 3) {
      throw new IllegalArgumentException(
          "--api-key, --secret-key and --passphrase go together: give all three or none");
    }
    boolean noRequestJournal = c.isSet("--no-request-journal");
    String maxRequestJournalEntries = c.text("--max-request-journal-entries");
    if (noRequestJournal && maxRequestJournalEntries != null) {
      throw new IllegalArgumentException(
          "--no-request-journal and --max-request-journal-entries cannot be used together");
    }
    Map<String, BigDecimal> balances;
    try {
      balances = Balances.parse(c.balances());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--balance: " + e.getMessage(), e);
    }
    int port = port("--port", c.text("--port"));
    String wsPortText = c.text("--ws-port");
    // Whoever asks for a free HTTP port (tests, parallel CI jobs) wants no fixed WebSocket port either.
    int wsPort = wsPortText != null ? port("--ws-port", wsPortText)
        : port == 0 ? 0 : StandaloneCommand.DEFAULT_WS_PORT;
    String allowedIps = c.text("--allowed-ips");
    return new StandaloneOptions(c.isSet("--help"), port, wsPort,
        bookChecksum(c.text("--book-checksum")), c.text("--bind"), Optional.ofNullable(apiKey),
        Optional.ofNullable(secretKey), Optional.ofNullable(passphrase), Environment.parse(c.text("--environment")),
        Permission.parseList(c.text("--permissions")), allowedIps == null ? List.of() : list(allowedIps), balances,
        noRequestJournal,
        Optional.ofNullable(maxRequestJournalEntries).map(n -> positive("--max-request-journal-entries", n)),
        c.isSet("--rate-limits"), positiveLong("--max-request-body-bytes", c.text("--max-request-body-bytes")),
        c.isSet("--trust-forwarded-for"),
        Optional.ofNullable(c.text("--admin-token")).map(String::trim).filter(t -> !t.isEmpty()),
        c.isSet("--enable-proxying"), c.isSet("--enable-file-writes"));
  }

  private static BookChecksum bookChecksum(String value) {
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "zero" -> BookChecksum.ZERO;
      case "crc32" -> BookChecksum.CRC32;
      default -> throw new IllegalArgumentException("--book-checksum must be zero or crc32, not '" + value + "'");
    };
  }

  private static int port(String name, String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a number from 0 to 65535, not '" + value + "'");
  }

  private static int positive(String name, String value) {
    long n = positiveLong(name, value);
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " must be a positive number, not '" + value + "'");
    }
    return (int) n;
  }

  private static long positiveLong(String name, String value) {
    try {
      long n = Long.parseLong(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a positive number, not '" + value + "'");
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
