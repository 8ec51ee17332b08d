package dev.okxtestkit.junit;

import dev.okxtestkit.wiremock.OkxSimulatorServer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A simulator shared by every test that asks for its port, kept in JUnit's root store: JUnit closes
 * it once the whole run is over, so no test class stops it under another's feet.
 */
record RunningSimulator(OkxSimulatorServer server) implements AutoCloseable {

  /** Root-store key: one simulator per distinct port (0 = the shared one on a free port). */
  record Key(int port) {}

  static RunningSimulator start(Key key) {
    try {
      return new RunningSimulator(OkxSimulatorServer.builder().port(key.port()).start());
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(
          "The OKX simulator could not start on " + (key.port() == 0 ? "a free port" : "port " + key.port())
              + ": " + e.getMessage()
              + (key.port() == 0 ? "" : ". Use port 0 (the default) to get a free port."),
          e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
