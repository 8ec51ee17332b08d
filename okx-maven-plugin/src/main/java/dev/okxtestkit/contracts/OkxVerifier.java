package dev.okxtestkit.contracts;

import dev.okxtestkit.contracts.check.ApiClient;
import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckRunner;
import dev.okxtestkit.contracts.check.TargetProfile;
import dev.okxtestkit.contracts.credentials.CredentialResolver;
import dev.okxtestkit.contracts.credentials.ResolvedCredentials;
import dev.okxtestkit.contracts.credentials.SimulatorKeyRequest;
import dev.okxtestkit.contracts.drift.Drift;
import dev.okxtestkit.contracts.drift.DriftComparer;
import dev.okxtestkit.contracts.http.DemoTradingTransport;
import dev.okxtestkit.contracts.http.HttpCall;
import dev.okxtestkit.contracts.http.JdkHttpTransport;
import dev.okxtestkit.contracts.http.OkxTransport;
import dev.okxtestkit.contracts.report.Redactor;
import dev.okxtestkit.signing.OkxCredentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs {@code okx:verify}: picks the target and its key, runs the checks, optionally runs them again
 * on the embedded simulator and lists the drift. Plain Java; the Mojo only adapts Maven to it.
 */
public final class OkxVerifier {

  private final Consumer<String> log;
  private final Clock clock;

  /** @param log receives progress lines (never a secret) */
  public OkxVerifier(Consumer<String> log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /**
   * @throws VerificationSetupException when the checks cannot run: configuration, credentials, target
   */
  public VerifyReport verify(VerifyRequest request) {
    if (request.liveRequested()) {
      throw new VerificationSetupException("okx:verify never runs against OKX live trading: its checks"
          + " authenticate with a key and may place orders. Use a demo-trading key (okx.environment=demo).");
    }
    long start = System.nanoTime();
    Run run = request.target() == Target.SIMULATOR ? onEmbeddedSimulator(request) : onRemote(request);
    Redactor redactor = new Redactor(run.secrets());
    return new VerifyReport(run.description(), request.signer().name(),
        run.results().stream().map(r -> r.withMessage(redactor::apply)).toList(),
        run.drifts().isPresent(), run.drifts().orElse(List.of()), Duration.ofNanos(System.nanoTime() - start));
  }

  /** What one target gave: results, the drift if compared, and the secrets to keep out of the report. */
  private record Run(
      String description, List<CheckResult> results, Optional<List<Drift>> drifts, List<String> secrets) {}

  private Run onEmbeddedSimulator(VerifyRequest request) {
    try (EmbeddedSimulator simulator = EmbeddedSimulator.start(0, false)) {
      String description = "simulator " + simulator.baseUrl() + " (embedded)";
      List<CheckResult> results =
          runOnSimulator(request, simulator, description, false, request.tradeChecks().orElse(true));
      return new Run(description, results, Optional.empty(), secretsOf(simulator.credentials()));
    }
  }

  private Run onRemote(VerifyRequest request) {
    String baseUrl = baseUrl(request);
    OkxTransport http = new JdkHttpTransport(baseUrl, request.timeout());
    boolean sandbox = request.target() == Target.SANDBOX;
    OkxTransport transport = sandbox ? new DemoTradingTransport(http) : http;
    String description = request.target().id() + " " + baseUrl;
    log.accept("Checking that " + baseUrl + " answers");
    transport.send(new HttpCall("GET", "/api/v5/public/time", "", Map.of()));
    ResolvedCredentials key = credentials(request, baseUrl);
    log.accept("Using the key " + masked(key.credentials().apiKey()) + " from " + key.source());
    List<String> secrets = new ArrayList<>(secretsOf(key.credentials()));
    boolean trade = request.tradeChecks().orElse(false);
    List<CheckResult> results = run(request, transport, key.credentials(),
        new TargetProfile(description, sandbox, trade, request.tradeInstId()));
    if (!request.compare()) {
      return new Run(description, results, Optional.empty(), secrets);
    }
    try (EmbeddedSimulator simulator = EmbeddedSimulator.start(0, false)) {
      secrets.addAll(secretsOf(simulator.credentials()));
      log.accept("Running the same checks on the embedded simulator for the drift report");
      // Same profile as the target, so the same checks run (or skip) on both sides.
      List<CheckResult> simulated =
          runOnSimulator(request, simulator, "simulator " + simulator.baseUrl(), sandbox, trade);
      return new Run(description, results, Optional.of(DriftComparer.compare(results, simulated)), secrets);
    }
  }

  private List<CheckResult> runOnSimulator(
      VerifyRequest request, EmbeddedSimulator simulator, String description, boolean demoHeaderEnforced,
      boolean trade) {
    OkxTransport transport = new JdkHttpTransport(simulator.baseUrl(), request.timeout());
    TargetProfile profile = new TargetProfile(description, demoHeaderEnforced, trade, request.tradeInstId());
    return run(request, transport, simulator.credentials(), profile);
  }

  private List<CheckResult> run(
      VerifyRequest request, OkxTransport transport, OkxCredentials key, TargetProfile profile) {
    log.accept("Running " + request.checks().size() + " OKX contract checks against " + profile.description()
        + " with the " + request.signer().name() + " signer");
    CheckRunner runner = new CheckRunner(new ApiClient(transport, key, request.signer().signer(), clock), profile);
    return runner.runAll(request.checks(), r -> { });
  }

  private static String baseUrl(VerifyRequest request) {
    String url = request.url().map(String::trim).filter(u -> !u.isEmpty())
        .orElseGet(() -> {
          if (request.target() == Target.URL) {
            throw new VerificationSetupException("okx.target=url needs okx.url, e.g."
                + " -Dokx.url=http://localhost:8089 (the base URL, without /api/v5)");
          }
          return Target.OKX_BASE_URL;
        });
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new VerificationSetupException("okx.url '" + url + "' is not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new VerificationSetupException("okx.url '" + url + "' must be an http(s) base URL such as "
          + Target.OKX_BASE_URL);
    }
    if (request.target() == Target.SANDBOX && !scheme.equals("https")) {
      throw new VerificationSetupException("The sandbox target sends a real key: okx.url must be https, not '"
          + url + "'. For a local simulator use okx.target=url.");
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null) {
      throw new VerificationSetupException("okx.url must be a plain base URL without user info or query");
    }
    return url;
  }

  private ResolvedCredentials credentials(VerifyRequest request, String baseUrl) {
    return CredentialResolver.resolve(request.server(), request.environment())
        .or(() -> request.target() == Target.URL ? SimulatorKeyRequest.request(baseUrl,
            Optional.ofNullable(request.environment().get(SimulatorKeyRequest.ADMIN_TOKEN_VARIABLE)))
            : Optional.empty())
        .orElseThrow(() -> new VerificationSetupException(CredentialResolver.howToConfigure(request.serverId())
            + (request.target() == Target.URL ? " (" + baseUrl + " is not a simulator that hands out keys.)" : "")));
  }

  private static List<String> secretsOf(OkxCredentials key) {
    return List.of(key.secretKey(), key.passphrase());
  }

  /** The first four characters: enough to tell keys apart in a log. */
  static String masked(String apiKey) {
    return apiKey.length() <= 8 ? "****" : apiKey.substring(0, 4) + "****";
  }
}
