package dev.okxtestkit.control;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.exchange.Balance;
import dev.okxtestkit.exchange.Fill;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.exchange.Position;
import dev.okxtestkit.faults.FaultRule;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.signing.CredentialsGenerator;
import dev.okxtestkit.signing.OkxCredentials;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link OkxControl} of a simulation in this JVM; what {@code /__admin/okx} calls on the server side. */
public final class LocalOkxControl implements OkxControl {

  private static final Set<String> INSTRUMENT_STATES = Set.of("live", "suspend", "preopen");
  private static final int MAX_KEY_LENGTH = 64;

  private final OkxSimulation simulation;
  private final CredentialsGenerator generator = new CredentialsGenerator();

  public LocalOkxControl(OkxSimulation simulation) {
    this.simulation = simulation;
  }

  @Override
  public OkxCredentials createKey(KeySpec spec) {
    Map<String, BigDecimal> starting = amounts(spec.startingBalances());
    OkxCredentials generated = generator.next();
    OkxCredentials key;
    try {
      key = new OkxCredentials(
          text("apiKey", spec.apiKey()).orElse(generated.apiKey()),
          text("secretKey", spec.secretKey()).orElse(generated.secretKey()),
          text("passphrase", spec.passphrase()).orElse(generated.passphrase()),
          spec.permissions(), spec.environment(), spec.allowedIps());
    } catch (IllegalArgumentException e) {
      throw new OkxControlException(e.getMessage());
    }
    simulation.credentials().put(key);
    if (!starting.isEmpty()) {
      simulation.exchange().setInitialBalances(key.apiKey(), starting);
    }
    return key;
  }

  @Override
  public void removeKey(String apiKey) {
    simulation.credentials().remove(apiKey);
    simulation.exchange().forget(apiKey);
  }

  @Override
  public List<Balance> balances(String apiKey) {
    return simulation.exchange().balances(apiKey);
  }

  @Override
  public void setBalances(String apiKey, Map<String, BigDecimal> amounts) {
    Map<String, BigDecimal> checked = amounts(amounts);
    checked.forEach((currency, amount) -> simulation.exchange().setBalance(apiKey, currency, amount));
  }

  @Override
  public void setStartingBalances(String apiKey, Map<String, BigDecimal> amounts) {
    Map<String, BigDecimal> checked = amounts(amounts);
    simulation.exchange().setInitialBalances(apiKey, checked);
    simulation.exchange().resetAccount(apiKey);
  }

  @Override
  public List<OrderView> orders(String apiKey) {
    return simulation.exchange().orders(apiKey);
  }

  @Override
  public List<Fill> fills(String apiKey) {
    return simulation.exchange().fills(apiKey);
  }

  @Override
  public List<Position> positions(String apiKey) {
    return simulation.exchange().positions(apiKey);
  }

  @Override
  public void resetAccount(String apiKey) {
    simulation.exchange().resetAccount(apiKey);
  }

  @Override
  public void setPrice(String instId, BigDecimal price) {
    BigDecimal checked = ControlValues.price("price", price);
    requireInstrument(instId);
    simulation.exchange().setPrice(instId, checked);
  }

  @Override
  public void setBook(String instId, List<BookLevel> bids, List<BookLevel> asks) {
    for (BookLevel level : concat(bids, asks)) {
      ControlValues.price("price", level.price());
      ControlValues.amount("size", level.size());
    }
    requireInstrument(instId);
    simulation.exchange().setBook(instId, bids, asks);
  }

  @Override
  public void setInstrumentState(String instId, String state) {
    if (state == null || !INSTRUMENT_STATES.contains(state)) {
      throw new OkxControlException("state must be live, suspend or preopen");
    }
    requireInstrument(instId);
    simulation.exchange().setInstrumentState(instId, state);
  }

  @Override
  public Instant now() {
    return simulation.clock().instant();
  }

  @Override
  public void fixClock(Instant instant) {
    simulation.clock().setFixed(ControlValues.instant("fixed", instant));
  }

  @Override
  public void offsetClock(Duration offset) {
    ControlValues.shifted("offset", Instant.now(), offset);
    simulation.clock().setOffset(offset);
  }

  @Override
  public void advanceClock(Duration amount) {
    ControlValues.shifted("advance", now(), amount);
    simulation.clock().advance(amount);
  }

  @Override
  public void useSystemClock() {
    simulation.clock().useSystem();
  }

  @Override
  public void addFault(FaultRule rule) {
    simulation.faults().add(rule);
  }

  @Override
  public void clearFaults() {
    simulation.faults().clear();
  }

  @Override
  public void setRateLimits(boolean enabled) {
    simulation.rateLimiter().setEnabled(enabled);
  }

  @Override
  public List<AuthFailure> authFailures(Optional<String> apiKey) {
    return apiKey.map(simulation.authFailures()::forApiKey).orElseGet(simulation.authFailures()::all);
  }

  @Override
  public void clearAuthFailures() {
    simulation.authFailures().clear();
  }

  @Override
  public void reset() {
    simulation.exchange().resetAllAccounts();
    simulation.faults().clear();
    simulation.rateLimiter().reset();
    simulation.authFailures().clear();
  }

  private void requireInstrument(String instId) {
    boolean known = simulation.exchange().readMarket(market -> market.instrument(instId).isPresent());
    if (!known) {
      throw new OkxControlException(404, "unknown instrument " + instId);
    }
  }

  /** Currencies upper-cased, every amount within bounds; all checked before any is set. */
  private static Map<String, BigDecimal> amounts(Map<String, BigDecimal> amounts) {
    Map<String, BigDecimal> checked = new LinkedHashMap<>();
    amounts.forEach((currency, amount) -> {
      if (currency == null || !currency.matches("[A-Za-z0-9]{1,20}")) {
        throw new OkxControlException("a currency is letters and digits, like USDT, not '" + currency + "'");
      }
      String name = currency.toUpperCase(Locale.ROOT);
      checked.put(name, ControlValues.amount(name, amount));
    });
    return checked;
  }

  private static Optional<String> text(String field, Optional<String> value) {
    Optional<String> given = value.map(String::trim).filter(v -> !v.isEmpty());
    if (given.isPresent() && given.get().length() > MAX_KEY_LENGTH) {
      throw new OkxControlException(field + " must be at most " + MAX_KEY_LENGTH + " characters");
    }
    return given;
  }

  private static List<BookLevel> concat(List<BookLevel> a, List<BookLevel> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
