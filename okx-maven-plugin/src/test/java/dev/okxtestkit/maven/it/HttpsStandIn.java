package dev.okxtestkit.maven.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * OKX's demo sandbox for the invoker tests: an HTTPS server on 127.0.0.1 with a fresh self-signed
 * certificate, in front of a simulator that knows one key. It records every request (method, target,
 * {@code x-simulated-trading}, API key: never a secret) and adds a field to {@code public/time}
 * answers, so the drift report has one difference to find.
 *
 * <p>Started by an invoker pre-build script in the invoking JVM; the build under test trusts the
 * certificate through {@code tls/truststore.p12} (the JDK's CAs plus this one).
 */
public final class HttpsStandIn implements AutoCloseable {

  public static final String STORE_PASSWORD = "changeit";
  private static final Set<String> HOP_BY_HOP =
      Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding");

  /** One request as the stand-in saw it. */
  public record Recorded(String method, String target, String simulatedTrading, String apiKey) {}

  private final OkxSimulatorServer simulator;
  private final HttpsServer server;
  private final ExecutorService executor;
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  /** The checks fail authentication on purpose; the stand-in's warnings would only clutter the build log. */
  private final Logger authLog = Logger.getLogger("dev.okxtestkit.auth");
  private final Level authLogLevel = authLog.getLevel();

  private HttpsStandIn(OkxSimulatorServer simulator, HttpsServer server, ExecutorService executor) {
    this.simulator = simulator;
    this.server = server;
    this.executor = executor;
    authLog.setLevel(Level.SEVERE);
  }

  /**
   * @param dir the invoker project; {@code tls/} there gets the key store and the trust store
   */
  public static HttpsStandIn start(Path dir, String apiKey, String secretKey, String passphrase) throws Exception {
    Path tls = Files.createDirectories(dir.resolve("tls"));
    Path keyStore = tls.resolve("stand-in.p12");
    Path certificate = tls.resolve("stand-in.pem");
    Path trustStore = tls.resolve("truststore.p12");
    Files.deleteIfExists(keyStore);
    Files.deleteIfExists(trustStore);
    keytool("-genkeypair", "-alias", "stand-in", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "stand-in", "-keystore", keyStore.toString(),
        "-storepass", STORE_PASSWORD, "-file", certificate.toString());
    // The JDK's CAs stay trusted, so the build under test still reaches Maven Central.
    Files.copy(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"), trustStore,
        StandardCopyOption.REPLACE_EXISTING);
    keytool("-importcert", "-noprompt", "-alias", "okx-stand-in", "-file", certificate.toString(),
        "-keystore", trustStore.toString(), "-storepass", STORE_PASSWORD);

    OkxSimulatorServer simulator =
        OkxSimulatorServer.builder().credentials(OkxCredentials.of(apiKey, secretKey, passphrase)).start();
    HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(sslContext(keyStore)));
    ExecutorService executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "https-stand-in");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    HttpsStandIn standIn = new HttpsStandIn(simulator, server, executor);
    server.createContext("/", standIn::forward);
    server.start();
    return standIn;
  }

  public String baseUrl() {
    return "https://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      String target = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      requests.add(new Recorded(exchange.getRequestMethod(), target,
          String.valueOf(exchange.getRequestHeaders().getFirst("x-simulated-trading")),
          String.valueOf(exchange.getRequestHeaders().getFirst("OK-ACCESS-KEY"))));
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + target))
          .method(exchange.getRequestMethod(), body.length == 0
              ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> request.header(name, v));
        }
      });
      HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = answer.body();
      if (target.equals("/api/v5/public/time")) {
        text = text.replace("\"ts\":", "\"region\":\"stand-in\",\"ts\":"); // the one drift to report
      }
      answer.headers().map().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    simulator.close();
    authLog.setLevel(authLogLevel);
  }

  private static SSLContext sslContext(Path keyStore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, STORE_PASSWORD.toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, STORE_PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("keytool " + args[0] + " failed: " + output);
    }
  }
}
