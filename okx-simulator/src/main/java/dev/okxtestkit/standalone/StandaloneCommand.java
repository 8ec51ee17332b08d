package dev.okxtestkit.standalone;

import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The standalone simulator's options as picocli reads them. Every option can also come from an
 * environment variable ({@link EnvironmentDefaults}); {@link StandaloneOptions#parse} turns the result
 * into typed options and checks what picocli cannot (options that go together or exclude each other).
 *
 * <p>Built with picocli's programmatic API rather than annotations: reading annotations, their proxies and
 * the fields' generic signatures by reflection took about 40 ms of every start (a third of picocli's
 * first parse), which the start-up benchmark compares with bare WireMock's.
 */
final class StandaloneCommand {

  static final int DEFAULT_PORT = 8089;
  static final int DEFAULT_WS_PORT = 8090;

  private final CommandSpec spec = CommandSpec.create().name("java -jar okx-simulator-standalone.jar");

  StandaloneCommand() {
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description("Starts the OKX v5 simulator. Without --api-key/--secret-key/--passphrase it generates a"
            + " demo key set and prints it.")
        .footer("", "Each option can also come from an environment variable (the command line wins): OKX_ and"
            + " the option's name in upper case with _ for -, e.g. OKX_PORT, OKX_MAX_REQUEST_BODY_BYTES;"
            + " OKX_BALANCES (USDT=1000,BTC=2) for --balance; true or false for the switches"
            + " (OKX_RATE_LIMITS=true).");
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
    value("--port", "N", "" + DEFAULT_PORT, "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free port)");
    // No default: left out, it follows --port 0 to a free port (see StandaloneOptions).
    value("--ws-port", "N", null, "WebSocket port for /ws/v5/public, /private and /business (default "
        + DEFAULT_WS_PORT + ", or a free port when --port is 0; 0 picks a free port)");
    value("--book-checksum", "zero|crc32", "zero",
        "checksum of the WebSocket books channel: zero as OKX sends now, or crc32 (older docs)");
    value("--bind", "ADDRESS", "127.0.0.1", "address to listen on (default ${DEFAULT-VALUE})");
    value("--api-key", "KEY", null, "API key to accept (with --secret-key and --passphrase)");
    value("--secret-key", "SECRET", null, "its secret key");
    value("--passphrase", "PASSPHRASE", null, "its passphrase");
    value("--environment", "demo|live", "demo",
        "the key's environment (default demo: clients must send x-simulated-trading: 1)");
    value("--permissions", "LIST", "read_only,trade",
        "comma list of read_only, trade, withdraw (default ${DEFAULT-VALUE})");
    value("--allowed-ips", "LIST", null, "comma list of client IPs the key accepts (default: any)");
    spec.addOption(OptionSpec.builder("--balance").paramLabel("CCY=AMOUNT").splitRegex(",")
        .type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>())
        .description("starting balance of the key's account; repeat per currency (default 10000 USDT, 1 BTC,"
            + " 10 ETH)")
        .build());
    flag("--rate-limits", "apply OKX's rate limits (50011, HTTP 429; default off)");
    flag("--no-request-journal", "keep no WireMock request journal");
    value("--max-request-journal-entries", "N", null, "cap WireMock's request journal (default 10000)");
    value("--max-request-body-bytes", "N", "" + OkxSimulatorServer.DEFAULT_MAX_REQUEST_BODY_BYTES,
        "refuse larger request bodies with 413 (default ${DEFAULT-VALUE})");
    value("--admin-token", "TOKEN", null, "admin requests (/__admin/*) need Authorization: Bearer TOKEN"
        + " (default: none on a loopback address, a generated one, printed, on any other); prefer"
        + " OKX_ADMIN_TOKEN, as a command line is visible to other users of the machine");
    flag("--enable-proxying", "let stubs proxy to other servers (default off)");
    flag("--enable-file-writes", "let PUT/DELETE /__admin/files write files, in a temporary directory (default off)");
    flag("--trust-forwarded-for", "take the client address from X-Forwarded-For (for the IP allow-list and"
        + " per-IP rate limits), so tests can act as another address (default: the connection's address)");
  }

  CommandSpec spec() {
    return spec;
  }

  /** The option's value after parsing: given, from its environment variable, its default, or null. */
  String text(String name) {
    return spec.findOption(name).getValue();
  }

  boolean isSet(String name) {
    Boolean value = spec.findOption(name).getValue();
    return value != null && value;
  }

  List<String> balances() {
    List<String> balances = spec.findOption("--balance").getValue();
    return balances == null ? List.of() : balances;
  }

  private void value(String name, String label, String defaultValue, String description) {
    spec.addOption(OptionSpec.builder(name).paramLabel(label).type(String.class).defaultValue(defaultValue)
        .description(description).build());
  }

  private void flag(String name, String description) {
    spec.addOption(OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description)
        .build());
  }
}
