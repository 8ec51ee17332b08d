package dev.okxtestkit.testcontainers;

import dev.okxtestkit.control.HttpOkxControl;
import dev.okxtestkit.control.OkxControl;
import dev.okxtestkit.signing.CredentialsGenerator;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The OKX simulator in a container: point the client under test at {@link #getBaseUrl()} with the key
 * from {@link #getCredentials()}.
 *
 * <pre>{@code
 * @Container
 * static OkxSimulatorContainer okx = new OkxSimulatorContainer()
 *     .withPermissions(Permission.READ_ONLY, Permission.TRADE)
 *     .withBalances(Map.of("USDT", 1000, "BTC", 2));
 *
 * OkxClient client = new OkxClient(okx.getBaseUrl(), okx.getApiKey(), okx.getSecretKey(), okx.getPassphrase());
 * }</pre>
 *
 * <p>Unless credentials are given, a fresh demo-trading key is generated here, on the host, and passed to
 * the container in {@code OKX_*} environment variables, so the getters work before the container starts
 * and the secret never shows in the container's log. Everything is configured through those variables
 * (see {@link #getEnvMap()}), as for {@code docker run}.
 */
public class OkxSimulatorContainer extends GenericContainer<OkxSimulatorContainer> {

  /** Untagged: any tag of the simulator's image, or a declared substitute, is accepted. */
  private static final DockerImageName SIMULATOR_IMAGE = DockerImageName.parse("okx-testkit/okx-simulator");

  /** {@code okx-testkit/okx-simulator} tagged with this module's version, built by {@code mvn -Pdocker package}. */
  public static final DockerImageName DEFAULT_IMAGE = SIMULATOR_IMAGE.withTag(Version.PROJECT);

  /** The port the simulator listens on inside the container. */
  public static final int PORT = 8080;
  /** The WebSocket port inside the container. */
  public static final int WS_PORT = 8081;

  /** WireMock's health endpoint; answering it also warms up Jetty before the first test request. */
  static final String HEALTH_PATH = "/__admin/health";

  static final String API_KEY = "OKX_API_KEY";
  static final String SECRET_KEY = "OKX_SECRET_KEY";
  static final String PASSPHRASE = "OKX_PASSPHRASE";
  static final String ENVIRONMENT = "OKX_ENVIRONMENT";
  static final String PERMISSIONS = "OKX_PERMISSIONS";
  static final String ALLOWED_IPS = "OKX_ALLOWED_IPS";
  static final String BALANCES = "OKX_BALANCES";
  static final String RATE_LIMITS = "OKX_RATE_LIMITS";
  static final String ADMIN_TOKEN = "OKX_ADMIN_TOKEN";

  /** {@link #DEFAULT_IMAGE} with a generated demo-trading key. */
  public OkxSimulatorContainer() {
    this(DEFAULT_IMAGE);
  }

  /** Another tag, or an image declared {@code asCompatibleSubstituteFor("okx-testkit/okx-simulator")}. */
  public OkxSimulatorContainer(String image) {
    this(DockerImageName.parse(image));
  }

  /** Another tag, or an image declared {@code asCompatibleSubstituteFor("okx-testkit/okx-simulator")}. */
  public OkxSimulatorContainer(DockerImageName image) {
    this(image, new CredentialsGenerator().next());
  }

  /** {@link #DEFAULT_IMAGE} accepting this key, with its permissions, environment and IP allow-list. */
  public OkxSimulatorContainer(OkxCredentials credentials) {
    this(DEFAULT_IMAGE, credentials);
  }

  /** {@code image} accepting this key, with its permissions, environment and IP allow-list. */
  public OkxSimulatorContainer(DockerImageName image, OkxCredentials credentials) {
    super(image);
    image.assertCompatibleWith(SIMULATOR_IMAGE);
    withExposedPorts(PORT, WS_PORT);
    // The image sets these too; repeated so a compatible substitute image behaves the same.
    withEnv("OKX_BIND", "0.0.0.0");
    withEnv("OKX_PORT", String.valueOf(PORT));
    withEnv("OKX_WS_PORT", String.valueOf(WS_PORT));
    // The container listens on every interface of a Docker network other containers share: its admin
    // API (keys, balances, clock, shutdown) always needs a token, made here so tests can use it.
    // The health check stays open and tells nothing but "up".
    withEnv(ADMIN_TOKEN, newAdminToken());
    waitingFor(Wait.forHttp(HEALTH_PATH).forPort(PORT).forStatusCode(200));
    withCredentials(credentials);
  }

  /**
   * The token of the simulator's admin API ({@code /__admin/*}): send {@code Authorization: Bearer TOKEN}.
   * Generated for each container; {@code withEnv("OKX_ADMIN_TOKEN", ...)} sets another.
   */
  public String getAdminToken() {
    return getEnvMap().get(ADMIN_TOKEN);
  }

  /**
   * Steers the running simulator over its admin API, with this container's token:
   * {@code okx.control().setPrice("BTC-USDT", new BigDecimal("41000"))}.
   */
  public OkxControl control() {
    return new HttpOkxControl(getBaseUrl(), Optional.of(getAdminToken()));
  }

  private static String newAdminToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The key to accept, keeping the permissions and environment set so far. */
  public OkxSimulatorContainer withCredentials(String apiKey, String secretKey, String passphrase) {
    // Validates the three strings as OkxCredentials does.
    OkxCredentials key = OkxCredentials.of(apiKey, secretKey, passphrase);
    withEnv(API_KEY, key.apiKey());
    withEnv(SECRET_KEY, key.secretKey());
    return withEnv(PASSPHRASE, key.passphrase());
  }

  /** The key to accept, with its permissions, environment and IP allow-list. */
  public OkxSimulatorContainer withCredentials(OkxCredentials credentials) {
    Objects.requireNonNull(credentials, "credentials");
    withCredentials(credentials.apiKey(), credentials.secretKey(), credentials.passphrase());
    withPermissions(credentials.permissions());
    withEnvironment(credentials.environment());
    return withAllowedIps(credentials.allowedIps());
  }

  /** Demo-trading (the default: clients must send {@code x-simulated-trading: 1}) or live key. */
  public OkxSimulatorContainer withEnvironment(Environment environment) {
    Objects.requireNonNull(environment, "environment");
    return withEnv(ENVIRONMENT, environment.name().toLowerCase(Locale.ROOT));
  }

  /** What the key may do (default read_only and trade); read_only is always included, as on OKX. */
  public OkxSimulatorContainer withPermissions(Permission... permissions) {
    return withPermissions(Set.copyOf(Arrays.asList(permissions)));
  }

  /** What the key may do (default read_only and trade); read_only is always included, as on OKX. */
  public OkxSimulatorContainer withPermissions(Set<Permission> permissions) {
    EnumSet<Permission> all = EnumSet.of(Permission.READ_ONLY);
    all.addAll(permissions);
    return withEnv(PERMISSIONS, Permission.okxList(all));
  }

  /**
   * Client IPs the key accepts (default: any). Requests reach the container from the Docker network's
   * gateway, not from the host's loopback address.
   */
  public OkxSimulatorContainer withAllowedIps(List<String> ips) {
    if (ips.isEmpty()) {
      // Blank means "any" to the simulator; only written over an earlier list.
      return getEnvMap().containsKey(ALLOWED_IPS) ? withEnv(ALLOWED_IPS, "") : this;
    }
    return withEnv(ALLOWED_IPS, String.join(",", ips));
  }

  /**
   * The starting balances of the key's account, e.g. {@code Map.of("USDT", 1000, "BTC", 2)}, in place
   * of the default 10000 USDT, 1 BTC and 10 ETH.
   */
  public OkxSimulatorContainer withBalances(Map<String, ? extends Number> balances) {
    String value = balances.entrySet().stream()
        .map(e -> currency(e.getKey()) + "=" + amount(e.getKey(), e.getValue()))
        .sorted()
        .collect(Collectors.joining(","));
    return withEnv(BALANCES, value);
  }

  /** Applies OKX's published rate limits (50011, HTTP 429); off by default so suites are never throttled. */
  public OkxSimulatorContainer withRateLimits(boolean enabled) {
    return withEnv(RATE_LIMITS, String.valueOf(enabled));
  }

  /** {@code http://HOST:PORT}, to use in place of {@code https://www.okx.com}; once started. */
  public String getBaseUrl() {
    requireStarted();
    return "http://" + getHost() + ":" + getMappedPort(PORT);
  }

  private void requireStarted() {
    if (getContainerId() == null) {
      // Checked first: getHost() would already contact Docker.
      throw new IllegalStateException("The OKX simulator container is not started: call start() first, or"
          + " declare it as a @Container field of a @Testcontainers class");
    }
  }
  /**
   * {@code ws://HOST:PORT/ws/v5/}, to use in place of {@code wss://wspap.okx.com:8443/ws/v5/}: the base of
   * {@code public}, {@code private} and {@code business}; once started.
   */
  public String getWsUrl() {
    requireStarted();
    return "ws://" + getHost() + ":" + getMappedPort(WS_PORT) + "/ws/v5/";
  }


  public String getApiKey() {
    return getEnvMap().get(API_KEY);
  }

  public String getSecretKey() {
    return getEnvMap().get(SECRET_KEY);
  }

  public String getPassphrase() {
    return getEnvMap().get(PASSPHRASE);
  }

  /** The key the simulator accepts, as configured (also for variables set with {@code withEnv}). */
  public OkxCredentials getCredentials() {
    Map<String, String> env = getEnvMap();
    return new OkxCredentials(
        getApiKey(),
        getSecretKey(),
        getPassphrase(),
        Permission.parseList(env.getOrDefault(PERMISSIONS, "read_only,trade")),
        Environment.parse(env.getOrDefault(ENVIRONMENT, "demo")),
        Arrays.stream(env.getOrDefault(ALLOWED_IPS, "").split(","))
            .map(String::trim)
            .filter(ip -> !ip.isEmpty())
            .toList());
  }

  private static String currency(String currency) {
    if (currency == null || !currency.matches("[A-Za-z0-9]+")) {
      throw new IllegalArgumentException("balance currency must be letters and digits, like USDT, not '"
          + currency + "'");
    }
    return currency.toUpperCase(Locale.ROOT);
  }

  private static String amount(String currency, Number amount) {
    BigDecimal value;
    try {
      value = amount instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(amount));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("balance of " + currency + " must be a number, not " + amount);
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("balance of " + currency + " must not be negative, not " + amount);
    }
    return value.toPlainString();
  }
}
