package dev.okxtestkit.junit;

import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.signing.OkxCredentials;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The key of one test method (or one class, for static fields and {@code @BeforeAll}), kept in that
 * context's store so JUnit releases it when the context ends.
 */
record TestScope(OkxSimulatorHandle handle, SimulatorSettings settings) implements AutoCloseable {

  /**
   * Store key. The unique id is part of it because store look-ups fall back to the parent context:
   * a plain constant would hand a test method its class's key.
   */
  record Key(String uniqueId) {}

  static TestScope open(RunningSimulator simulator, SimulatorSettings settings) {
    OkxCredentials key = simulator.server().control().createKey(KeySpec.demo()
        .withPermissions(settings.permissions())
        .withEnvironment(settings.environment())
        .withStartingBalances(settings.balances()));
    return new TestScope(new OkxSimulatorHandle(simulator.server(), key), settings);
  }

  /** The scope of exactly {@code ctx}, if a key was made for it. */
  static Optional<TestScope> of(ExtensionContext ctx) {
    return Optional.ofNullable(ctx.getStore(OkxSimulatorExtension.NAMESPACE)
        .get(new Key(ctx.getUniqueId()), TestScope.class));
  }

  /** The failures {@code failOnAuthErrors} reports, if it is on. */
  List<AuthFailure> reportableFailures() {
    return settings.failOnAuthErrors() ? handle.unexpectedAuthFailures() : List.of();
  }

  @Override
  public void close() {
    handle.release();
  }
}
