package dev.okxtestkit.contracts;

import dev.okxtestkit.contracts.http.HttpCall;
import dev.okxtestkit.contracts.http.JdkHttpTransport;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.time.Duration;
import java.util.Map;

/**
 * The simulator started in the build's JVM on a loopback port, with one demo key; closing stops it.
 *
 * @param server the running simulator
 * @param credentials its demo key (read and trade)
 */
public record EmbeddedSimulator(OkxSimulatorServer server, OkxCredentials credentials) implements AutoCloseable {

  /**
   * @param port 0 for a free port
   * @throws VerificationSetupException when it cannot start
   */
  public static EmbeddedSimulator start(int port) {
    OkxSimulatorServer server;
    try {
      server = OkxSimulatorServer.builder().port(port).start();
    } catch (RuntimeException e) {
      throw new VerificationSetupException("Cannot start the embedded OKX simulator on port " + port + ": "
          + e.getMessage(), e);
    }
    EmbeddedSimulator simulator = new EmbeddedSimulator(server, server.newCredentials());
    // The first request through a fresh Jetty is slow; pay for it here, not in the first check's time.
    try {
      new JdkHttpTransport(simulator.baseUrl(), Duration.ofSeconds(10))
          .send(new HttpCall("GET", "/api/v5/public/time", "", Map.of()));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return simulator;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  @Override
  public void close() {
    server.close();
  }
}
