package dev.okxtestkit.standalone;

import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.Permission;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standalone simulator's command line. {@link #parse} throws {@link IllegalArgumentException} with
 * a one-line message for anything it does not accept.
 */
record StandaloneOptions(
    boolean help,
    int port,
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
    boolean trustForwardedFor) {

  static final int DEFAULT_PORT = 8089;

  static final String USAGE = String.join("\n",
      "Usage: java -jar okx-simulator-standalone.jar [options]",
      "",
      "Starts the OKX v5 simulator. Without --api-key/--secret-key/--passphrase it generates a demo key",
      "set and prints it.",
      "",
      "Options:",
      "  --port N                          port to listen on (default " + DEFAULT_PORT + "; 0 picks a free port)",
      "  --bind ADDRESS                    address to listen on (default 127.0.0.1)",
      "  --api-key KEY                     API key to accept (with --secret-key and --passphrase)",
      "  --secret-key SECRET               its secret key",
      "  --passphrase PASSPHRASE           its passphrase",
      "  --environment demo|live           the key's environment (default demo: clients must send",
      "                                    x-simulated-trading: 1)",
      "  --permissions LIST                comma list of read_only, trade, withdraw (default read_only,trade)",
      "  --allowed-ips LIST                comma list of client IPs the key accepts (default: any)",
      "  --balance CCY=AMOUNT              starting balance of the key's account; repeat per currency",
      "                                    (default 10000 USDT, 1 BTC, 10 ETH)",
      "  --rate-limits                     apply OKX's rate limits (50011, HTTP 429; default off)",
      "  --no-request-journal              keep no WireMock request journal",
      "  --max-request-journal-entries N   cap WireMock's request journal (default 10000)",
      "  --max-request-body-bytes N        refuse larger request bodies with 413 (default 1048576)",
      "  --trust-forwarded-for             take the client address from X-Forwarded-For (for the IP",
      "                                    allow-list and per-IP rate limits), so tests can act as",
      "                                    another address (default: the connection's address)",
      "  --help                            show this help",
      "",
      "Each option can also come from an environment variable (the command line wins): OKX_PORT,",
      "OKX_BIND, OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE, OKX_ENVIRONMENT, OKX_PERMISSIONS,",
      "OKX_ALLOWED_IPS, OKX_BALANCES (USDT=1000,BTC=2), OKX_RATE_LIMITS=true, OKX_NO_REQUEST_JOURNAL=true,",
      "OKX_MAX_REQUEST_JOURNAL_ENTRIES, OKX_MAX_REQUEST_BODY_BYTES, OKX_TRUST_FORWARDED_FOR=true.");

  /** Environment variables read as options, for containers; command-line options win. */
  static final Map<String, String> ENVIRONMENT_VARIABLES = Map.ofEntries(
      Map.entry("OKX_PORT", "--port"),
      Map.entry("OKX_BIND", "--bind"),
      Map.entry("OKX_API_KEY", "--api-key"),
      Map.entry("OKX_SECRET_KEY", "--secret-key"),
      Map.entry("OKX_PASSPHRASE", "--passphrase"),
      Map.entry("OKX_ENVIRONMENT", "--environment"),
      Map.entry("OKX_PERMISSIONS", "--permissions"),
      Map.entry("OKX_ALLOWED_IPS", "--allowed-ips"),
      Map.entry("OKX_MAX_REQUEST_JOURNAL_ENTRIES", "--max-request-journal-entries"),
      Map.entry("OKX_MAX_REQUEST_BODY_BYTES", "--max-request-body-bytes"));

  /**
   * Options from environment variables ({@link #ENVIRONMENT_VARIABLES}, plus {@code OKX_BALANCES} as
   * {@code USDT=1000,BTC=2}, {@code OKX_NO_REQUEST_JOURNAL=true}, {@code OKX_RATE_LIMITS=true} and
   * {@code OKX_TRUST_FORWARDED_FOR=true}) overridden by the command line.
   */
  static StandaloneOptions parse(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>();
    ENVIRONMENT_VARIABLES.forEach((variable, option) -> {
      String value = env.get(variable);
      if (value != null && !value.isBlank() && !Arrays.asList(args).contains(option)
          && Arrays.stream(args).noneMatch(a -> a.startsWith(option + "="))) {
        all.add(option + "=" + value.trim());
      }
    });
    String balances = env.get("OKX_BALANCES");
    if (balances != null && Arrays.stream(args).noneMatch(a -> a.startsWith("--balance"))) {
      for (String balance : list(balances)) {
        all.add("--balance=" + balance);
      }
    }
    if (Boolean.parseBoolean(env.getOrDefault("OKX_NO_REQUEST_JOURNAL", "false"))) {
      all.add("--no-request-journal");
    }
    if (Boolean.parseBoolean(env.getOrDefault("OKX_RATE_LIMITS", "false"))) {
      all.add("--rate-limits");
    }
    if (Boolean.parseBoolean(env.getOrDefault("OKX_TRUST_FORWARDED_FOR", "false"))) {
      all.add("--trust-forwarded-for");
    }
    all.addAll(Arrays.asList(args));
    return parse(all.toArray(String[]::new));
  }

  static StandaloneOptions parse(String... args) {
    boolean help = false;
    int port = DEFAULT_PORT;
    String bind = "127.0.0.1";
    String apiKey = null;
    String secretKey = null;
    String passphrase = null;
    Environment environment = Environment.DEMO;
    Set<Permission> permissions = EnumSet.of(Permission.READ_ONLY, Permission.TRADE);
    List<String> allowedIps = List.of();
    Map<String, BigDecimal> balances = new LinkedHashMap<>();
    boolean noJournal = false;
    Integer maxJournal = null;
    boolean rateLimits = false;
    long maxBody = OkxSimulatorServer.DEFAULT_MAX_REQUEST_BODY_BYTES;
    boolean trustForwardedFor = false;

    List<String> rest = new ArrayList<>(Arrays.asList(args));
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      String name = arg;
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inline = arg.substring(eq + 1);
      }
      switch (name) {
        case "--help", "-h" -> help = true;
        case "--no-request-journal" -> noJournal = true;
        case "--rate-limits" -> rateLimits = true;
        case "--trust-forwarded-for" -> trustForwardedFor = true;
        case "--port" -> port = port(value(name, inline, rest));
        case "--bind" -> bind = value(name, inline, rest);
        case "--api-key" -> apiKey = value(name, inline, rest);
        case "--secret-key" -> secretKey = value(name, inline, rest);
        case "--passphrase" -> passphrase = value(name, inline, rest);
        case "--environment" -> environment = Environment.parse(value(name, inline, rest));
        case "--permissions" -> permissions = Permission.parseList(value(name, inline, rest));
        case "--allowed-ips" -> allowedIps = list(value(name, inline, rest));
        case "--balance" -> balance(value(name, inline, rest), balances);
        case "--max-request-journal-entries" -> maxJournal = positive(name, value(name, inline, rest));
        case "--max-request-body-bytes" -> maxBody = positiveLong(name, value(name, inline, rest));
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }
    int given = (apiKey == null ? 0 : 1) + (secretKey == null ? 0 : 1) + (passphrase == null ? 0 : 1);
    if (given != 0 && given != 3) {
      throw new IllegalArgumentException(
          "--api-key, --secret-key and --passphrase go together: give all three or none");
    }
    if (noJournal && maxJournal != null) {
      throw new IllegalArgumentException(
          "--no-request-journal and --max-request-journal-entries cannot be used together");
    }
    return new StandaloneOptions(help, port, bind, Optional.ofNullable(apiKey),
        Optional.ofNullable(secretKey), Optional.ofNullable(passphrase), environment, permissions,
        allowedIps, Map.copyOf(balances), noJournal, Optional.ofNullable(maxJournal), rateLimits, maxBody,
        trustForwardedFor);
  }

  private static String value(String name, String inline, List<String> rest) {
    if (inline != null) {
      return inline;
    }
    if (rest.isEmpty() || rest.get(0).startsWith("--")) {
      throw new IllegalArgumentException("option " + name + " needs a value");
    }
    return rest.remove(0);
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--port must be a number from 0 to 65535, not '" + value + "'");
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

  private static void balance(String value, Map<String, BigDecimal> balances) {
    int eq = value.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--balance must look like USDT=10000, not '" + value + "'");
    }
    try {
      BigDecimal amount = new BigDecimal(value.substring(eq + 1).trim());
      if (amount.signum() < 0) {
        throw new NumberFormatException();
      }
      balances.put(value.substring(0, eq).trim().toUpperCase(java.util.Locale.ROOT), amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--balance amount must be a non-negative number, not '" + value.substring(eq + 1) + "'");
    }
  }
}
