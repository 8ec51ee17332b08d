package dev.okxtestkit;

import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.auth.AuthFailureLog;
import dev.okxtestkit.auth.CredentialStore;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.control.OkxControl;
import dev.okxtestkit.control.OkxControlException;
import dev.okxtestkit.control.PushRule;
import dev.okxtestkit.control.StreamConnection;
import dev.okxtestkit.exchange.Balance;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.exchange.Fill;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.exchange.Position;
import dev.okxtestkit.faults.FaultInjector;
import dev.okxtestkit.faults.FaultRule;
import dev.okxtestkit.limits.RateLimiter;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.signing.CredentialsGenerator;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.stream.StreamHub;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link OkxControl} of a simulation in this JVM ({@link OkxSimulation#control()}); what
 * {@code /__admin/okx} calls on the server side. The only code outside the gate and the endpoints that
 * touches the simulation's parts, so they need no public getters.
 */
final class SimulationControl implements OkxControl {

  private static final Set<String> INSTRUMENT_STATES = Set.of("live", "suspend", "preopen");
  private static final int MAX_KEY_LENGTH = 64;

  private final CredentialStore credentials;
  private final Exchange exchange;
  private final SimulatorClock clock;
  private final FaultInjector faults;
  private final RateLimiter rateLimiter;
  private final AuthFailureLog authFailures;
  private final StreamHub streams;
  private final CredentialsGenerator generator = new CredentialsGenerator();

  SimulationControl(CredentialStore credentials, Exchange exchange, SimulatorClock clock, FaultInjector faults,
      RateLimiter rateLimiter, AuthFailureLog authFailures, StreamHub streams) {
    this.streams = streams;
    this.credentials = credentials;
    this.exchange = exchange;
    this.clock = clock;
    this.faults = faults;
    this.rateLimiter = rateLimiter;
    this.authFailures = authFailures;
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
    credentials.put(key);
    if (!starting.isEmpty()) {
      exchange.setInitialBalances(key.apiKey(), starting);
    }
    return key;
  }

  @Override
  public void removeKey(String apiKey) {
    credentials.remove(apiKey);
    exchange.forget(apiKey);
  }

  @Override
  public List<Balance> balances(String apiKey) {
    return exchange.balances(apiKey);
  }

  @Override
  public void setBalances(String apiKey, Map<String, BigDecimal> amounts) {
    Map<String, BigDecimal> checked = amounts(amounts);
    checked.forEach((currency, amount) -> exchange.setBalance(apiKey, currency, amount));
  }

  @Override
  public void setStartingBalances(String apiKey, Map<String, BigDecimal> amounts) {
    Map<String, BigDecimal> checked = amounts(amounts);
    exchange.setInitialBalances(apiKey, checked);
    exchange.resetAccount(apiKey);
  }

  @Override
  public void setFundingBalances(String apiKey, Map<String, BigDecimal> amounts) {
    Map<String, BigDecimal> checked = amounts(amounts);
    checked.forEach((currency, amount) -> exchange.setFundingBalance(apiKey, currency, amount));
  }

  @Override
  public List<OrderView> orders(String apiKey) {
    return exchange.orders(apiKey);
  }

  @Override
  public List<Fill> fills(String apiKey) {
    return exchange.fills(apiKey);
  }

  @Override
  public List<Position> positions(String apiKey) {
    return exchange.positions(apiKey);
  }

  @Override
  public void resetAccount(String apiKey) {
    exchange.resetAccount(apiKey);
  }

  @Override
  public void setPrice(String instId, BigDecimal price) {
    BigDecimal checked = ControlValues.price("price", price);
    requireInstrument(instId);
    exchange.setPrice(instId, checked);
  }

  @Override
  public void setMarkPrice(String instId, BigDecimal price) {
    BigDecimal checked = ControlValues.price("price", price);
    requireInstrument(instId);
    exchange.setMarkPrice(instId, checked);
  }

  @Override
  public void setFundingRate(String instId, BigDecimal rate) {
    BigDecimal checked = ControlValues.rate("rate", rate);
    requireInstrument(instId);
    if (!exchange.readMarket(m -> m.fundingRate(instId).isPresent())) {
      throw new OkxControlException(instId + " has no funding: only perpetual swaps do");
    }
    exchange.setFundingRate(instId, checked);
  }

  @Override
  public void setBook(String instId, List<BookLevel> bids, List<BookLevel> asks) {
    for (BookLevel level : concat(bids, asks)) {
      ControlValues.price("price", level.price());
      ControlValues.amount("size", level.size());
    }
    requireInstrument(instId);
    exchange.setBook(instId, bids, asks);
  }

  @Override
  public void setInstrumentState(String instId, String state) {
    if (state == null || !INSTRUMENT_STATES.contains(state)) {
      throw new OkxControlException("state must be live, suspend or preopen");
    }
    requireInstrument(instId);
    exchange.setInstrumentState(instId, state);
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public void fixClock(Instant instant) {
    clock.setFixed(ControlValues.instant("fixed", instant));
  }

  @Override
  public void offsetClock(Duration offset) {
    ControlValues.shifted("offset", Instant.now(), offset);
    clock.setOffset(offset);
  }

  @Override
  public void advanceClock(Duration amount) {
    ControlValues.shifted("advance", now(), amount);
    clock.advance(amount);
  }

  @Override
  public void useSystemClock() {
    clock.useSystem();
  }

  @Override
  public void addFault(FaultRule rule) {
    faults.add(rule);
  }

  @Override
  public List<FaultRule> faults() {
    return faults.rules();
  }

  @Override
  public void clearFaults() {
    faults.clear();
  }

  @Override
  public void setRateLimits(boolean enabled) {
    rateLimiter.setEnabled(enabled);
  }

  @Override
  public List<AuthFailure> authFailures(Optional<String> apiKey) {
    return apiKey.map(authFailures::forApiKey).orElseGet(authFailures::all);
  }

  @Override
  public void clearAuthFailures() {
    authFailures.clear();
  }

  @Override
  public List<StreamConnection> connections() {
    return streams.sessions().stream().map(s -> new StreamConnection(s.connId(),
        s.path().name().toLowerCase(Locale.ROOT), s.apiKey().orElse(""), s.subscriptions())).toList();
  }

  @Override
  public void dropConnections(Optional<String> connId) {
    streams.drop(connId);
  }

  @Override
  public void sendUpgradeNotice() {
    streams.noticeUpgrade();
  }

  @Override
  public void setPushRule(PushRule rule) {
    if (!StreamHub.isChannel(rule.channel())) {
      throw new OkxControlException("unknown channel " + ControlValues.shorten(rule.channel()));
    }
    rule.delay().ifPresent(delay -> {
      if (delay.isNegative() || delay.compareTo(PushRule.MAX_DELAY) > 0) {
        throw new OkxControlException("delay must be between 0 and " + PushRule.MAX_DELAY.toMillis() + " ms");
      }
    });
    streams.setPushRule(rule);
  }

  @Override
  public List<PushRule> pushRules() {
    return streams.pushRules();
  }

  @Override
  public void clearPushRules() {
    streams.clearPushRules();
  }

  @Override
  public void sendErrorEvent(Optional<String> connId, String code, String msg) {
    if (code == null || !code.matches("\\d{1,6}")) {
      throw new OkxControlException("code must be an OKX code: 1 to 6 digits");
    }
    if (msg == null || msg.length() > 500) {
      throw new OkxControlException("msg is required, at most 500 characters");
    }
    if (!streams.sendError(connId, code, msg)) {
      throw new OkxControlException(404, "no connection " + ControlValues.shorten(connId.orElse("")));
    }
  }

  @Override
  public void reset() {
    streams.clearPushRules();
    exchange.resetAllAccounts();
    faults.clear();
    rateLimiter.reset();
    authFailures.clear();
  }

  private void requireInstrument(String instId) {
    boolean known = exchange.readMarket(market -> market.instrument(instId).isPresent());
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
