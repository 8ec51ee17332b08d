package dev.okxtestkit.contracts;

import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;

/**
 * The simulator started in the build's JVM on a loopback port, with one demo key; closing stops it.
 *
 * @param server the running simulator
 * @param credentials its demo key (read and trade)
 */
public record EmbeddedSimulator(OkxSimulatorServer server, OkxCredentials credentials) implements AutoCloseable {

  /**
   * @param port 0 for a free port
   * @param logAuthFailures whether the simulator logs each authentication failure: off for okx:verify,
   *     whose negative checks fail authentication on purpose and which reports every unexpected failure
   *     itself, diagnosis included; on for okx:start, where the lines help a failing integration test
   * @throws VerificationSetupException when it cannot start
   */
  public static EmbeddedSimulator start(int port, boolean logAuthFailures) {
    OkxSimulatorServer server;
    try {
      server = OkxSimulatorServer.builder().port(port).logAuthFailures(logAuthFailures).start();
    } catch (RuntimeException e) {
      throw new VerificationSetupException("Cannot start the embedded OKX simulator on port " + port + ": "
          + e.getMessage(), e);
    }
    return new EmbeddedSimulator(server, server.newCredentials());
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  @Override
  public void close() {
    server.close();
  }
}
