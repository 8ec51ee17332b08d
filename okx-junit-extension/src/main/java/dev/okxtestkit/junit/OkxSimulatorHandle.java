package dev.okxtestkit.junit;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.control.OkxControl;
import dev.okxtestkit.exchange.Balance;
import dev.okxtestkit.exchange.Fill;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.exchange.Position;
import dev.okxtestkit.faults.FaultAction;
import dev.okxtestkit.faults.FaultRule;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Controls the simulator from a test: the test's key and account, the simulator's clock, the auth
 * failures of the test's key, and WireMock itself. Inject it as a parameter, or into a field marked
 * {@link OkxInject}. Each test method gets its own handle and key; static fields and
 * {@code @BeforeAll} parameters get the class's.
 *
 * <pre>{@code
 * @Test
 * void rejectsOrderWithoutFunds(OkxSimulatorHandle okx) {
 *   okx.setBalance("USDT", BigDecimal.ZERO);
 *   var client = new MyOkxClient(okx.baseUrl(), okx.credentials());
 *   ...
 * }
 * }</pre>
 *
 * <p>Account methods touch only this test's account, so they are safe in parallel. The clock and
 * WireMock are shared by every test of the JVM: see {@link #fixClock} and {@link #wireMock}.
 */
public final class OkxSimulatorHandle {

  /**
   * Resource name for {@code @ResourceLock}: tests that change the simulator's clock should hold it
   * in {@code READ_WRITE} mode so tests running in parallel do not see their clock.
   */
  public static final String CLOCK_LOCK = "okx.clock";

  private final OkxSimulatorServer server;
  private final OkxCredentials credentials;
  private final AtomicBoolean clockChanged = new AtomicBoolean();
  // Identity, not equality: two identical failures in the same millisecond are still two requests.
  private final Set<AuthFailure> consumed = Collections.synchronizedSet(
      Collections.newSetFromMap(new IdentityHashMap<>()));

  OkxSimulatorHandle(OkxSimulatorServer server, OkxCredentials credentials) {
    this.server = server;
    this.credentials = credentials;
  }

  /** {@code http://127.0.0.1:PORT}, to use in place of {@code https://www.okx.com}. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** {@code ws://127.0.0.1:PORT/ws/v5/}: append {@code public}, {@code private} or {@code business}. */
  public String wsUrl() {
    return server.wsUrl();
  }

  public URI baseUri() {
    return URI.create(server.baseUrl());
  }

  /** This test's key, registered with the simulator. */
  public OkxCredentials credentials() {
    return credentials;
  }

  // --- this test's account -------------------------------------------------------------------

  /** The balances of this test's account, in currency order. */
  public List<Balance> balances() {
    return control().balances(credentials.apiKey());
  }

  /** The available amount of one currency, zero when the account holds none. */
  public BigDecimal available(String currency) {
    return balances().stream()
        .filter(b -> b.currency().equals(currency))
        .map(Balance::available)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  /** Sets the available amount of one currency now; other currencies stay. */
  public void setBalance(String currency, BigDecimal amount) {
    control().setBalances(credentials.apiKey(), Map.of(currency, amount));
  }

  /**
   * Replaces the account by a fresh one holding exactly these amounts, with no orders, fills or
   * positions; {@link #resetAccount} comes back here.
   */
  public void setBalances(Map<String, BigDecimal> amounts) {
    control().setStartingBalances(credentials.apiKey(), amounts);
  }

  /**
   * Puts the account back to its initial balances (configured, or the last {@link #setBalances}),
   * with no orders, fills or positions.
   */
  public void resetAccount() {
    control().resetAccount(credentials.apiKey());
  }

  private OkxControl control() {
    return server.control();
  }

  // --- the simulator's clock (global) --------------------------------------------------------

  /** The simulator's time, which decides whether a request's timestamp is within OKX's ±30 s. */
  public Instant now() {
    return control().now();
  }

  /**
   * Stops the simulator's clock at {@code instant}. The clock is the whole simulator's, not this
   * test's: hold {@code @ResourceLock(OkxSimulatorHandle.CLOCK_LOCK)} when tests run in parallel. The
   * extension puts the clock back to system time when the test (or class) that changed it ends.
   */
  public void fixClock(Instant instant) {
    clockChanged.set(true);
    control().fixClock(instant);
  }

  /** Moves the simulator's clock by {@code amount} (negative: back). Global, like {@link #fixClock}. */
  public void advanceClock(Duration amount) {
    clockChanged.set(true);
    control().advanceClock(amount);
  }

  /** Runs the simulator's clock at system time plus {@code offset}. Global, like {@link #fixClock}. */
  public void offsetClock(Duration offset) {
    clockChanged.set(true);
    control().offsetClock(offset);
  }

  /** Back to system time. */
  public void useSystemClock() {
    control().useSystemClock();
    clockChanged.set(false);
  }

  // --- this key's orders, fills and positions ----------------------------------------------

  /** The key's orders (open and recently finished), newest first. */
  public List<OrderView> orders() {
    return control().orders(credentials.apiKey());
  }

  /** The key's fills, newest first. */
  public List<Fill> fills() {
    return control().fills(credentials.apiKey());
  }

  /** The key's open derivatives positions. */
  public List<Position> positions() {
    return control().positions(credentials.apiKey());
  }

  // --- the market (shared by every test of the JVM) -------------------------------------------

  /**
   * Moves an instrument's price and rebuilds its book around it; this key's resting orders that it
   * crosses fill. The market is shared: tests running in parallel that read prices should use
   * different instruments or hold a {@code @ResourceLock} of their own.
   */
  public void setPrice(String instId, BigDecimal price) {
    control().setPrice(instId, price);
  }

  /** Replaces an instrument's book with exactly these levels (shared, as {@link #setPrice}). */
  public void setBook(String instId, List<BookLevel> bids, List<BookLevel> asks) {
    control().setBook(instId, bids, asks);
  }

  // --- faults for this key ------------------------------------------------------------------

  /**
   * Makes the next {@code times} requests of this key to {@code path} fail with {@code action}, e.g.
   * {@code okx.injectFault("/api/v5/trade/order", new FaultAction.OkxErrorReply("50001", "Service
   * temporarily unavailable", 503), 1)}. Other tests' keys are not affected.
   */
  public void injectFault(String path, FaultAction action, int times) {
    control().addFault(new FaultRule(Optional.of(path), Optional.of(credentials.apiKey()), action, times, 1.0));
  }

  // --- auth failures of this test's key ------------------------------------------------------

  /** Requests with this test's key that the simulator refused, oldest first, each with its diagnosis. */
  public List<AuthFailure> authFailures() {
    return control().authFailures(Optional.of(credentials.apiKey()));
  }

  /**
   * The failures not consumed before, marked as expected: a test that provokes auth failures on
   * purpose asserts on these, and {@code failOnAuthErrors} leaves them alone.
   */
  public List<AuthFailure> consumeAuthFailures() {
    List<AuthFailure> fresh = unexpectedAuthFailures();
    consumed.addAll(fresh);
    return fresh;
  }

  List<AuthFailure> unexpectedAuthFailures() {
    return authFailures().stream().filter(f -> !consumed.contains(f)).toList();
  }

  // --- escape hatches --------------------------------------------------------------------------

  /**
   * The WireMock server, for the test's own stubs and request verification. It is shared by every
   * test of the JVM: give stubs paths or header matchers (e.g. on {@code OK-ACCESS-KEY}) that only
   * this test uses, and remove them when done.
   */
  public WireMockServer wireMock() {
    return server.wireMock();
  }

  /** The simulator itself, shared by every test of the JVM. */
  public OkxSimulatorServer server() {
    return server;
  }

  /** Forgets this key and its account, and gives the clock back if this handle changed it. */
  void release() {
    if (clockChanged.get()) {
      control().useSystemClock();
    }
    control().removeKey(credentials.apiKey());
  }

  @Override
  public String toString() {
    return "OkxSimulatorHandle[baseUrl=" + baseUrl() + ", apiKey=" + credentials.apiKey() + "]";
  }
}
