package dev.okxtestkit.standalone;

import dev.okxtestkit.SimulationConfig;
import dev.okxtestkit.signing.CredentialsGenerator;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.io.PrintStream;
import java.net.BindException;
import java.util.regex.Pattern;

/**
 * {@code java -jar okx-simulator-<version>-standalone.jar}: runs the simulator until SIGTERM or Ctrl-C.
 * The first line on stdout is {@code OKX simulator listening on http://HOST:PORT}, so scripts can wait
 * for it.
 */
public final class Main {

  private static final Pattern JAVA_CLASS_PREFIX =
      Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ");

  private Main() {}

  public static void main(String[] args) {
    // One line per log record on stderr; set before the first logger is created.
    System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
    StandaloneOptions options;
    try {
      options = StandaloneOptions.parse(System.getenv(), args);
    } catch (IllegalArgumentException e) {
      System.err.println("okx-simulator: " + e.getMessage());
      System.err.println(StandaloneOptions.usage());
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(StandaloneOptions.usage());
      return;
    }
    try {
      start(options, System.out);
    } catch (RuntimeException e) {
      System.err.println("okx-simulator: " + startFailure(e, options));
      if (!isBindFailure(e)) {
        e.printStackTrace(); // not the user's doing: the trace is for the bug report
      }
      System.exit(1);
    }
  }

  private static boolean isBindFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  /**
   * One line for a start that failed, with no stack trace: almost always a port another process holds,
   * which the user fixes by choosing another one.
   */
  static String startFailure(RuntimeException failure, StandaloneOptions options) {
    StringBuilder reasons = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      // WireMock wraps a cause's toString() in its message; the class names mean nothing to a user.
      String message = t.getMessage() == null ? null : JAVA_CLASS_PREFIX.matcher(t.getMessage()).replaceAll("");
      if (message != null && !message.isBlank() && reasons.indexOf(message) < 0) {
        reasons.append(reasons.length() == 0 ? "" : ": ").append(message);
      }
    }
    String why = reasons.length() == 0 ? failure.getClass().getSimpleName() : reasons.toString();
    return "could not start: " + why + (isBindFailure(failure)
        ? ". Another process may be listening on " + options.bindAddress() + " port " + options.port()
            + " (--port) or " + options.webSocketPort() + " (--ws-port); choose others (0 picks a free port)."
        : "");
  }

  static OkxSimulatorServer start(StandaloneOptions options, PrintStream out) {
    boolean generated = options.apiKey().isEmpty();
    OkxCredentials base = generated
        ? new CredentialsGenerator().next()
        : OkxCredentials.of(options.apiKey().get(), options.secretKey().get(), options.passphrase().get());
    OkxCredentials key = base.withPermissions(options.permissions())
        .withEnvironment(options.environment())
        .withAllowedIps(options.allowedIps());

    OkxSimulatorServer.Builder builder = OkxSimulatorServer.builder()
        .port(options.port())
        .webSocketPort(options.webSocketPort())
        .bookChecksum(options.bookChecksum())
        .bindAddress(options.bindAddress())
        .credentials(key);
    builder.rateLimits(options.rateLimits())
        .maxRequestBodyBytes(options.maxRequestBodyBytes())
        .trustForwardedFor(options.trustForwardedFor())
        .allowProxying(options.proxying())
        .allowFileWrites(options.fileWrites());
    options.adminToken().ifPresent(builder::adminToken);
    if (options.requestJournalDisabled()) {
      builder.disableRequestJournal();
    }
    options.maxRequestJournalEntries().ifPresent(builder::maxRequestJournalEntries);
    OkxSimulatorServer server = builder.start();
    if (!options.balances().isEmpty()) {
      server.control().setStartingBalances(key.apiKey(), options.balances());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "okx-simulator-shutdown"));

    out.println("OKX simulator listening on " + server.baseUrl());
    out.println("  WebSocket:   " + server.wsUrl());
    out.println("  API key:     " + key.apiKey());
    // A secret the user passed is never echoed: it may be a real one reused by mistake.
    out.println("  Secret key:  " + (generated ? key.secretKey() : "(as given with --secret-key)"));
    out.println("  Passphrase:  " + (generated ? key.passphrase() : "(as given with --passphrase)"));
    out.println("  Environment: " + key.environment().name().toLowerCase(java.util.Locale.ROOT)
        + (key.environment() == Environment.DEMO ? " (send x-simulated-trading: 1)" : ""));
    out.println("  Permissions: " + Permission.okxList(key.permissions()));
    out.println("  Rate limits: " + (options.rateLimits() ? "on (OKX's published limits)" : "off"));
    if (options.trustForwardedFor()) {
      out.println("  Client IP:   from X-Forwarded-For when sent (--trust-forwarded-for)");
    }
    out.println("  Balances:    " + describe(
        options.balances().isEmpty() ? SimulationConfig.DEFAULT_BALANCES : options.balances()));
    server.adminToken().ifPresent(token -> out.println("  Admin token: "
        + (options.adminToken().isPresent() ? "(as given with --admin-token or OKX_ADMIN_TOKEN)" : token)
        + "  (admin requests send Authorization: Bearer <token>)"));
    out.flush();
    return server;
  }

  /** {@code BTC 1, ETH 10, USDT 10000}: sorted, so the banner is the same on every start. */
  private static String describe(java.util.Map<String, java.math.BigDecimal> balances) {
    return new java.util.TreeMap<>(balances).entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue().toPlainString())
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
