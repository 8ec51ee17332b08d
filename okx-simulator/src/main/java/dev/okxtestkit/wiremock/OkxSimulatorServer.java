package dev.okxtestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.SimulationConfig;
import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.auth.AuthFailureLog;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.control.AdminCommands;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.control.OkxControl;
import dev.okxtestkit.signing.CredentialsGenerator;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.stream.BookChecksum;
import dev.okxtestkit.stream.StreamHub;
import dev.okxtestkit.websocket.OkxWebSocketServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The OKX simulator on a real WireMock server: the authentication gate as a request filter, the
 * exchange behind a low-priority stub (answered by the gate itself while the user has no stubs of their
 * own), and all of WireMock for the user's own stubs, verification and faults.
 *
 * <pre>{@code
 * try (OkxSimulatorServer okx = OkxSimulatorServer.builder().start()) {
 *   OkxCredentials key = okx.newCredentials();
 *   // point the client under test at okx.baseUrl() with key.apiKey(), key.secretKey(), key.passphrase()
 * }
 * }</pre>
 */
public final class OkxSimulatorServer implements AutoCloseable {

  /** WireMock keeps this many requests unless told otherwise, so long runs stay in bounded memory. */
  public static final int DEFAULT_JOURNAL_ENTRIES = 10_000;
  /** The journal's estimated size at most; the oldest entries go first. */
  public static final long DEFAULT_JOURNAL_BYTES = 64L * 1024 * 1024;
  /** The most of a request, response or stub answer body one journal entry keeps. */
  public static final int JOURNAL_BODY_BYTES = JournalEntries.MAX_BODY_BYTES;
  /** Larger request bodies are refused with 413 before they are read. */
  public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;

  private static final String WARM_UP_PATH = "/api/v5/public/time";
  /** Marks the warm-up request, so exactly it is taken out of the journal again. */
  private static final String WARM_UP_HEADER = "X-Okx-Simulator-Warm-Up";
  private static final int WARM_UP_TIMEOUT_MS = 10_000;
  /** While proxying is off, WireMock refuses every target: IPv4 addresses by range, the rest by name. */
  private static final String EVERY_IPV4_ADDRESS = "0.0.0.0-255.255.255.255";
  private static final String EVERY_HOST_NAME = "*";

  private final WireMockServer wireMock;
  private final OkxWebSocketServer webSocket;
  private final OkxSimulation simulation;
  private final CredentialsGenerator generator = new CredentialsGenerator();
  private final Optional<String> adminToken;
  private final Path rootDirectory;

  private OkxSimulatorServer(Builder builder) {
    boolean loopback = isLoopback(builder.bindAddress);
    // Reachable from other machines: the admin API (keys, balances, clock, shutdown) gets a token even
    // when none was given, as Jupyter does; it is printed in the standalone banner.
    this.adminToken = builder.adminToken.or(() -> loopback ? Optional.empty() : Optional.of(newAdminToken()));
    this.rootDirectory = temporaryRootDirectory();
    this.simulation = new OkxSimulation(new SimulationConfig(
        builder.clock, builder.initialBalances, builder.authFailureCapacity, builder.rateLimits, builder.seed,
        builder.logAuthFailures));
    AtomicReference<Admin> admin = new AtomicReference<>();
    CatalogueStubs catalogueStubs = new CatalogueStubs(admin::get);
    UserStubs userStubs = new UserStubs(admin::get);
    BareQueryFilter bareQuery = new BareQueryFilter();
    AdmittedRequests admitted = new AdmittedRequests();
    ExtensionFactory extensions = services -> {
      admin.set(services.getAdmin());
      List<Extension> all = new ArrayList<>(List.of(
          new OkxAuthFilter(simulation, admin::get, bareQuery, admitted, userStubs, catalogueStubs),
          new OkxApiTransformer(simulation, bareQuery, admitted),
          new OkxAdminApi(new AdminCommands(simulation.control())),
          catalogueStubs,
          userStubs,
          // Guards in front of WireMock: body limit, client address, bare '?', broken '%' escapes.
          new OkxHttpServerFactory(builder.maxRequestBodyBytes, builder.trustForwardedFor, bareQuery, admitted,
              new AdminGuardFilter(adminToken, loopback ? Optional.of(builder.bindAddress) : Optional.empty(),
                  builder.fileWrites))));
      if (!builder.proxying) {
        all.add(new OutboundStubGuard()); // refuses proxy and webhook stubs when they are created
      }
      return all;
    };
    WireMockConfiguration config = wireMockConfig()
        .port(builder.port)
        .bindAddress(builder.bindAddress)
        .extensions(extensions)
        // Users' extensions on the classpath must not be picked up behind their back.
        .extensionScanningEnabled(false)
        // WireMock serializes every stub answer for a log line that its default notifier then drops:
        // a quarter of a request's CPU for nothing. Verification and the journal are unaffected.
        .stubRequestLoggingDisabled(true)
        .maxLoggedResponseSize(JOURNAL_BODY_BYTES)
        // Never the working directory: WireMock writes mappings and __files under its root.
        .withRootDirectory(rootDirectory.toString());
    if (!builder.proxying) {
      // A stub that proxies could make the simulator fetch from any address it can reach (a service
      // listening on loopback only, a cloud metadata address): off unless the user asks for it.
      config.limitProxyTargets(NetworkAddressRules.builder().deny(EVERY_IPV4_ADDRESS).deny(EVERY_HOST_NAME).build());
    }
    if (builder.journalDisabled) {
      config.disableRequestJournal();
    } else {
      // Last, so it wraps the stores of the final configuration. The store counts entries itself, in
      // constant time: WireMock's own count walks the whole journal on every request.
      config.withStores(new BoundedJournalStores(config.getStores(),
          new BoundedRequestJournalStore(builder.maxJournalEntries, builder.maxJournalBytes)));
    }
    this.wireMock = new WireMockServer(config);
    builder.credentials.forEach(this::addCredentials);
    // Before Jetty listens, so the first request a client manages to send is answered, not 404.
    catalogueStubs.register();
    try {
      wireMock.start();
    } catch (RuntimeException e) {
      deleteRootDirectory(); // e.g. the port is taken: leave no temporary directory behind
      throw e;
    }
    simulation.streams().setIdleTimeout(builder.webSocketIdleTimeout);
    simulation.streams().setBookChecksum(builder.bookChecksum);
    this.webSocket = new OkxWebSocketServer(builder.bindAddress, builder.webSocketPort, simulation.streams());
    try {
      webSocket.startListening();
    } catch (RuntimeException e) {
      wireMock.stop();
      deleteRootDirectory();
      throw e;
    }
    warmUp(builder.journalDisabled);
  }

  /**
   * The first request through a fresh Jetty and WireMock loads and initialises their request path
   * (wiremock#1569, #2312): pay for it here, once, with a public request of the server to itself that
   * leaves no trace (journal, rate-limit windows; a public path never reaches the auth-failure record),
   * so a test's first request is not the slow one. HTTP/1.1 by hand on a socket: HttpURLConnection would
   * load and initialise about 60 classes of its own (proxy selection, keep-alive cache), some 50 ms of
   * a cold start spent on the client, not the server.
   */
  private void warmUp(boolean journalDisabled) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getByName(host()), port()), WARM_UP_TIMEOUT_MS);
      socket.setSoTimeout(WARM_UP_TIMEOUT_MS);
      String request = "GET " + WARM_UP_PATH + " HTTP/1.1\r\nHost: " + host() + ":" + port() + "\r\n"
          + WARM_UP_HEADER + ": 1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getInputStream().readAllBytes(); // to the end: the server closes once it has answered
    } catch (IOException e) {
      // Not fatal: the server runs, only its first real request will be the slow one.
    }
    if (!journalDisabled) {
      wireMock.removeServeEventsMatching(
          getRequestedFor(urlEqualTo(WARM_UP_PATH)).withHeader(WARM_UP_HEADER, equalTo("1")).build());
    }
    // Nothing but the warm-up has happened yet: a reset only forgets its rate-limit window.
    simulation.control().reset();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The token admin requests need ({@code Authorization: Bearer ...}), if this server has one. */
  public Optional<String> adminToken() {
    return adminToken;
  }

  private static boolean isLoopback(String bindAddress) {
    try {
      return InetAddress.getByName(bindAddress).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String newAdminToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static Path temporaryRootDirectory() {
    try {
      Path root = Files.createTempDirectory("okx-simulator-");
      // WireMock's layout, so listing its (empty) files answers [] instead of failing.
      Files.createDirectories(root.resolve("__files"));
      Files.createDirectories(root.resolve("mappings"));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the simulator's temporary root directory", e);
    }
  }

  private void deleteRootDirectory() {
    try (Stream<Path> paths = Files.walk(rootDirectory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless; the server has stopped.
    }
  }

  /** {@code http://127.0.0.1:PORT}, to use in place of {@code https://www.okx.com}. */
  public String baseUrl() {
    return "http://" + host() + ":" + port();
  }

  public int port() {
    return wireMock.port();
  }

  /**
   * {@code ws://127.0.0.1:PORT/ws/v5/}, to use in place of {@code wss://wspap.okx.com:8443/ws/v5/}: the
   * base of {@code public}, {@code private} and {@code business}.
   */
  public String wsUrl() {
    return webSocket.url(host());
  }

  public int webSocketPort() {
    return webSocket.getPort();
  }

  private String host() {
    String bind = wireMock.getOptions().bindAddress();
    return bind.equals("0.0.0.0") ? "127.0.0.1" : bind.contains(":") ? "[" + bind + "]" : bind;
  }

  /** Registers a new random demo-trading key with read and trade permissions. */
  public OkxCredentials newCredentials() {
    OkxCredentials credentials = generator.next();
    addCredentials(credentials);
    return credentials;
  }

  /** Registers a key (or replaces the key with the same API key). */
  public OkxCredentials addCredentials(OkxCredentials credentials) {
    simulation.control().createKey(KeySpec.of(credentials));
    return credentials;
  }

  /** The failures of the gate, oldest first, each with its diagnosis. */
  public List<AuthFailure> authFailures() {
    return simulation.control().authFailures(Optional.empty());
  }

  public SimulatorClock clock() {
    return simulation.clock();
  }

  /** Steers this simulator; {@code new HttpOkxControl(baseUrl(), adminToken())} does the same from afar. */
  public OkxControl control() {
    return simulation.control();
  }

  /** The simulation behind the server: its request pipeline ({@code admit}, {@code serve}) and control. */
  public OkxSimulation simulation() {
    return simulation;
  }

  /** The WireMock server, for the user's own stubs, verification and fault injection. */
  public WireMockServer wireMock() {
    return wireMock;
  }

  public boolean isRunning() {
    return wireMock.isRunning();
  }

  @Override
  public void close() {
    webSocket.stopListening();
    wireMock.stop();
    deleteRootDirectory();
  }

  /** Configuration of a simulator; {@link #start()} starts it. */
  public static final class Builder {
    private int port = 0;
    private int webSocketPort = 0;
    private Duration webSocketIdleTimeout = StreamHub.DEFAULT_IDLE_TIMEOUT;
    private BookChecksum bookChecksum = BookChecksum.ZERO;
    private String bindAddress = "127.0.0.1";
    private SimulatorClock clock = SimulatorClock.system();
    private Map<String, BigDecimal> initialBalances = SimulationConfig.DEFAULT_BALANCES;
    private boolean rateLimits;
    private long seed = SimulationConfig.defaults().seed();
    private final List<OkxCredentials> credentials = new ArrayList<>();
    private boolean journalDisabled;
    private int maxJournalEntries = DEFAULT_JOURNAL_ENTRIES;
    private long maxJournalBytes = DEFAULT_JOURNAL_BYTES;
    private long maxRequestBodyBytes = DEFAULT_MAX_REQUEST_BODY_BYTES;
    private boolean trustForwardedFor;
    private int authFailureCapacity = AuthFailureLog.DEFAULT_CAPACITY;
    private boolean logAuthFailures = true;
    private Optional<String> adminToken = Optional.empty();
    private boolean proxying;
    private boolean fileWrites;

    private Builder() {}

    /**
     * Admin requests ({@code /__admin/*}) then need {@code Authorization: Bearer TOKEN}. Without one, a
     * server bound to a loopback address needs none, and any other server generates one
     * ({@link OkxSimulatorServer#adminToken()}).
     */
    public Builder adminToken(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("adminToken must not be blank");
      }
      this.adminToken = Optional.of(token.trim());
      return this;
    }

    /**
     * Lets users' stubs reach other servers: proxying ({@code proxiedFrom}, recording) and webhooks, which
     * all go through WireMock's proxy target rules; off by default (every target denied).
     */
    public Builder allowProxying(boolean allowed) {
      this.proxying = allowed;
      return this;
    }

    /** Lets {@code PUT}/{@code DELETE /__admin/files/...} write files (in a temporary directory); off by default. */
    public Builder allowFileWrites(boolean allowed) {
      this.fileWrites = allowed;
      return this;
    }

    /** Port to listen on; 0 (the default) picks a free one. */
    /** The WebSocket port (0, the default: a free one); see {@link OkxSimulatorServer#wsUrl()}. */
    public Builder webSocketPort(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("webSocketPort must be 0 to 65535, not " + port);
      }
      this.webSocketPort = port;
      return this;
    }

    /** How long a WebSocket connection may send nothing before it is closed (OKX: 30 s). */
    public Builder webSocketIdleTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("webSocketIdleTimeout must be positive");
      }
      this.webSocketIdleTimeout = timeout;
      return this;
    }

    /**
     * The {@code checksum} of the WebSocket {@code books} channel: {@code ZERO} as OKX sends it now, or
     * {@code CRC32} for clients written against OKX's older docs, which verify it.
     */
    public Builder bookChecksum(BookChecksum checksum) {
      this.bookChecksum = java.util.Objects.requireNonNull(checksum, "checksum");
      return this;
    }

    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** Address to listen on; default 127.0.0.1 so the simulator is not reachable from other hosts. */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = bindAddress;
      return this;
    }

    public Builder clock(SimulatorClock clock) {
      this.clock = clock;
      return this;
    }

    /** What every new account starts with; default {@link SimulationConfig#DEFAULT_BALANCES}. */
    public Builder initialBalances(Map<String, BigDecimal> balances) {
      this.initialBalances = Map.copyOf(balances);
      return this;
    }

    /** Applies OKX's rate limits (50011, HTTP 429); off by default so suites are never throttled. */
    public Builder rateLimits(boolean enabled) {
      this.rateLimits = enabled;
      return this;
    }

    /** Seeds the market's candles and probabilistic faults (default 42), so runs repeat. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder credentials(OkxCredentials... keys) {
      credentials.addAll(List.of(keys));
      return this;
    }

    /** Keeps no request journal (WireMock's {@code --no-request-journal}). */
    public Builder disableRequestJournal() {
      this.journalDisabled = true;
      return this;
    }

    /** Caps WireMock's request journal (default 10,000). */
    public Builder maxRequestJournalEntries(int entries) {
      this.maxJournalEntries = (int) atLeastOne(entries, "maxRequestJournalEntries");
      return this;
    }

    /**
     * Caps the estimated bytes of WireMock's request journal (default 64 MiB); the oldest entries go
     * first. Each entry keeps at most {@link #JOURNAL_BODY_BYTES} of every body.
     */
    public Builder maxRequestJournalBytes(long bytes) {
      this.maxJournalBytes = atLeastOne(bytes, "maxRequestJournalBytes");
      return this;
    }

    /**
     * Request bodies over this many bytes (default 1 MiB; after gzip inflation) are refused with HTTP 413
     * and {@code {"code":"50000","msg":"Request body too large","data":[]}} before they are read.
     */
    public Builder maxRequestBodyBytes(long bytes) {
      this.maxRequestBodyBytes = atLeastOne(bytes, "maxRequestBodyBytes");
      return this;
    }

    /**
     * Takes the client address from the first {@code X-Forwarded-For} address when one is sent, for the
     * IP allow-list and per-IP rate limits: the way tests act as another address. Off by default: the
     * address is the connection's, so no client can pass an allow-list by sending the header.
     */
    public Builder trustForwardedFor(boolean trust) {
      this.trustForwardedFor = trust;
      return this;
    }

    /** How many authentication failures to keep (default 10,000). */
    public Builder authFailureCapacity(int capacity) {
      this.authFailureCapacity = capacity;
      return this;
    }

    /**
     * Whether each authentication failure is also logged (WARNING on {@code dev.okxtestkit.auth}, one
     * line with its diagnosis); on by default. Off for a caller that provokes failures on purpose and
     * reports them itself. This server only: other servers in the JVM keep logging, and failures are
     * recorded for {@link OkxSimulatorServer#authFailures()} either way.
     */
    public Builder logAuthFailures(boolean enabled) {
      this.logAuthFailures = enabled;
      return this;
    }

    public OkxSimulatorServer start() {
      return new OkxSimulatorServer(this);
    }

    private static long atLeastOne(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1");
      }
      return value;
    }
  }
}
