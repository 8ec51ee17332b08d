package dev.okxtestkit.contracts;

import dev.okxtestkit.contracts.builtin.BuiltInSuite;
import dev.okxtestkit.contracts.check.Check;
import dev.okxtestkit.contracts.credentials.ServerCredentials;
import dev.okxtestkit.contracts.signer.LoadedSigner;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A builder of {@link VerifyRequest}s for tests, defaults as the Mojo's. */
public final class Requests {

  private Target target = Target.SIMULATOR;
  private Optional<String> url = Optional.empty();
  private boolean live;
  private Optional<ServerCredentials> server = Optional.empty();
  private Map<String, String> environment = Map.of();
  private LoadedSigner signer = LoadedSigner.reference();
  private List<Check> checks = BuiltInSuite.checks();
  private Optional<Boolean> tradeChecks = Optional.empty();
  private boolean compare;

  public static Requests builtIn() {
    return new Requests();
  }

  public Requests target(Target value, String baseUrl) {
    this.target = value;
    this.url = Optional.ofNullable(baseUrl);
    return this;
  }

  public Requests live() {
    this.live = true;
    return this;
  }

  public Requests server(ServerCredentials value) {
    this.server = Optional.of(value);
    return this;
  }

  public Requests environment(Map<String, String> value) {
    this.environment = value;
    return this;
  }

  public Requests signer(LoadedSigner value) {
    this.signer = value;
    return this;
  }

  public Requests checks(List<Check> value) {
    this.checks = value;
    return this;
  }

  public Requests tradeChecks(boolean value) {
    this.tradeChecks = Optional.of(value);
    return this;
  }

  public Requests compare() {
    this.compare = true;
    return this;
  }

  public VerifyRequest build() {
    return new VerifyRequest(target, url, live, server, "okx-demo", environment, signer, checks, tradeChecks,
        "BTC-USDT", compare, Duration.ofSeconds(10));
  }
}
