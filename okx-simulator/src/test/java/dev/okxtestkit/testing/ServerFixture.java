package dev.okxtestkit.testing;

import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One simulator for all tests of an acceptance test class, started before the first and closed after the
 * last, as WireMock's {@code WireMockExtension} does for a plain server:
 * {@code @RegisterExtension static final ServerFixture okx = ServerFixture.atFixedClock(NOW);}.
 */
public final class ServerFixture implements BeforeAllCallback, AfterAllCallback {

  private final UnaryOperator<OkxSimulatorServer.Builder> settings;
  private OkxSimulatorServer server;
  private SignedClient client;

  private ServerFixture(UnaryOperator<OkxSimulatorServer.Builder> settings) {
    this.settings = settings;
  }

  /** A server with the default settings (system clock). */
  public static ServerFixture defaults() {
    return with(UnaryOperator.identity());
  }

  /** A server with these settings on top of the defaults. */
  public static ServerFixture with(UnaryOperator<OkxSimulatorServer.Builder> settings) {
    return new ServerFixture(settings);
  }

  /** A server whose clock stands still at {@code now}, so tests can sign at a known time. */
  public static ServerFixture atFixedClock(Instant now) {
    return with(builder -> builder.clock(SimulatorClock.fixed(now)));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = settings.apply(OkxSimulatorServer.builder()).start();
    client = new SignedClient(server.baseUrl());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  public OkxSimulatorServer server() {
    return server;
  }

  /** A new demo key with read and trade permissions, registered on the server. */
  public OkxCredentials newCredentials() {
    return server.newCredentials();
  }

  /** A signed client of the server. */
  public SignedClient client() {
    return client;
  }
}
