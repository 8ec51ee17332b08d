package dev.okxtestkit.standalone;

import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone simulator's options as picocli reads them. Every option can also come from an
 * environment variable ({@link EnvironmentDefaults}); {@link StandaloneOptions#parse} turns the result
 * into typed options and checks what picocli cannot (options that go together or exclude each other).
 */
@Command(
    name = "java -jar okx-simulator-standalone.jar",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Starts the OKX v5 simulator. Without --api-key/--secret-key/--passphrase it generates a"
        + " demo key set and prints it.",
    footer = {"", "Each option can also come from an environment variable (the command line wins): OKX_ and"
        + " the option's name in upper case with _ for -, e.g. OKX_PORT, OKX_MAX_REQUEST_BODY_BYTES;"
        + " OKX_BALANCES (USDT=1000,BTC=2) for --balance; true or false for the switches"
        + " (OKX_RATE_LIMITS=true)."})
final class StandaloneCommand {

  static final int DEFAULT_PORT = 8089;
  static final int DEFAULT_WS_PORT = 8090;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
  boolean help;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
      description = "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free port)")
  String port;

  /** No picocli default: left out, it follows {@code --port 0} to a free port (see StandaloneOptions). */
  @Option(names = "--ws-port", paramLabel = "N",
      description = "WebSocket port for /ws/v5/public, /private and /business (default " + DEFAULT_WS_PORT
          + ", or a free port when --port is 0; 0 picks a free port)")
  String wsPort;

  @Option(names = "--book-checksum", paramLabel = "zero|crc32", defaultValue = "zero",
      description = "checksum of the WebSocket books channel: zero as OKX sends now, or crc32 (older docs)")
  String bookChecksum;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "address to listen on (default ${DEFAULT-VALUE})")
  String bind;

  @Option(names = "--api-key", paramLabel = "KEY",
      description = "API key to accept (with --secret-key and --passphrase)")
  String apiKey;

  @Option(names = "--secret-key", paramLabel = "SECRET", description = "its secret key")
  String secretKey;

  @Option(names = "--passphrase", paramLabel = "PASSPHRASE", description = "its passphrase")
  String passphrase;

  @Option(names = "--environment", paramLabel = "demo|live", defaultValue = "demo",
      description = "the key's environment (default demo: clients must send x-simulated-trading: 1)")
  String environment;

  @Option(names = "--permissions", paramLabel = "LIST", defaultValue = "read_only,trade",
      description = "comma list of read_only, trade, withdraw (default ${DEFAULT-VALUE})")
  String permissions;

  @Option(names = "--allowed-ips", paramLabel = "LIST",
      description = "comma list of client IPs the key accepts (default: any)")
  String allowedIps;

  @Option(names = "--balance", paramLabel = "CCY=AMOUNT", split = ",",
      description = "starting balance of the key's account; repeat per currency (default 10000 USDT, 1 BTC,"
          + " 10 ETH)")
  List<String> balances = new ArrayList<>();

  @Option(names = "--rate-limits", description = "apply OKX's rate limits (50011, HTTP 429; default off)")
  boolean rateLimits;

  @Option(names = "--no-request-journal", description = "keep no WireMock request journal")
  boolean noRequestJournal;

  @Option(names = "--max-request-journal-entries", paramLabel = "N",
      description = "cap WireMock's request journal (default 10000)")
  String maxRequestJournalEntries;

  @Option(names = "--max-request-body-bytes", paramLabel = "N",
      defaultValue = "" + OkxSimulatorServer.DEFAULT_MAX_REQUEST_BODY_BYTES,
      description = "refuse larger request bodies with 413 (default ${DEFAULT-VALUE})")
  String maxRequestBodyBytes;

  @Option(names = "--admin-token", paramLabel = "TOKEN",
      description = "admin requests (/__admin/*) need Authorization: Bearer TOKEN (default: none on a"
          + " loopback address, a generated one, printed, on any other); prefer OKX_ADMIN_TOKEN, as a"
          + " command line is visible to other users of the machine")
  String adminToken;

  @Option(names = "--enable-proxying", description = "let stubs proxy to other servers (default off)")
  boolean enableProxying;

  @Option(names = "--enable-file-writes",
      description = "let PUT/DELETE /__admin/files write files, in a temporary directory (default off)")
  boolean enableFileWrites;

  @Option(names = "--trust-forwarded-for",
      description = "take the client address from X-Forwarded-For (for the IP allow-list and per-IP rate"
          + " limits), so tests can act as another address (default: the connection's address)")
  boolean trustForwardedFor;
}
