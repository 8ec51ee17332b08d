package dev.okxtestkit.control;

import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.exchange.Balance;
import dev.okxtestkit.exchange.Fill;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.exchange.Position;
import dev.okxtestkit.faults.FaultRule;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.signing.OkxCredentials;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Steers a simulator: keys, accounts, the market, the clock, faults, rate limits and recorded
 * authentication failures. One interface, two implementations, so the same test code drives an embedded
 * simulator and a remote one (a container, a standalone jar): in-process from
 * {@link dev.okxtestkit.OkxSimulation#control()}, and
 * {@link HttpOkxControl} over {@code /__admin/okx}, whose request and answer bodies are the records of
 * {@link dev.okxtestkit.control.wire}, read by the server with the same classes.
 *
 * <p>Every method checks its input before it changes anything: a bad value throws
 * {@link OkxControlException} and leaves the simulator as it was.
 */
public interface OkxControl {

  /** Registers a key (strings not given are generated) and returns it, secret included. */
  OkxCredentials createKey(KeySpec spec);

  /** Unregisters a key and drops its account: the key's requests then get 50111. */
  void removeKey(String apiKey);

  /** The key's trading account, one row per currency. */
  List<Balance> balances(String apiKey);

  /** Sets available amounts of the key's account; other currencies stay as they are. */
  void setBalances(String apiKey, Map<String, BigDecimal> amounts);

  /** What the key's account starts with, and returns to on reset; replaces the account now. */
  void setStartingBalances(String apiKey, Map<String, BigDecimal> amounts);

  /** Sets amounts of the key's funding account ({@code asset/balances}; empty until set or transferred to). */
  void setFundingBalances(String apiKey, Map<String, BigDecimal> amounts);

  /** The key's orders (open and recently finished), newest first. */
  List<OrderView> orders(String apiKey);

  /** The key's fills, newest first. */
  List<Fill> fills(String apiKey);

  /** The key's open derivatives positions. */
  List<Position> positions(String apiKey);

  /** Back to the account's starting balances, no orders, fills or positions. */
  void resetAccount(String apiKey);

  /** Moves the instrument's price: books follow, resting orders fill as makers. */
  void setPrice(String instId, BigDecimal price);

  /**
   * Sets the mark price apart from the last price (which, with the book, stays) until the next
   * {@link #setPrice}: moves unrealized profit, funding and mark-price triggers.
   */
  void setMarkPrice(String instId, BigDecimal price);

  /** The perpetual swap's funding rate per 8-hour period from now on (positive: longs pay shorts). */
  void setFundingRate(String instId, BigDecimal rate);

  /** Replaces the instrument's order book. */
  void setBook(String instId, List<BookLevel> bids, List<BookLevel> asks);

  /** {@code live}, {@code suspend} or {@code preopen}. */
  void setInstrumentState(String instId, String state);

  /** The simulator clock's time. */
  Instant now();

  void fixClock(Instant instant);

  void offsetClock(Duration offset);

  void advanceClock(Duration amount);

  void useSystemClock();

  /** Arms a fault: matching requests get it instead of (or, for a delay, before) their answer. */
  void addFault(FaultRule rule);

  /** The armed faults, in the order they are tried; {@code times} counts down as they fire. */
  List<FaultRule> faults();

  void clearFaults();

  void setRateLimits(boolean enabled);

  /** What the gate refused, oldest first; for one key when given. */
  List<AuthFailure> authFailures(Optional<String> apiKey);

  void clearAuthFailures();

  /** The open WebSocket connections. */
  List<StreamConnection> connections();

  /**
   * Closes WebSocket connections as a network failure would (close code 4006, "Abnormal disconnection"):
   * the one with {@code connId}, or all when empty; to test a client's reconnect and resubscribe.
   */
  void dropConnections(Optional<String> connId);

  /**
   * Sends OKX's service-upgrade notice ({@code {"event":"notice","code":"64008",...}}) to every connection
   * on {@code /public} and {@code /private}, as OKX does 60 s before it closes them.
   */
  void sendUpgradeNotice();

  /**
   * Holds back ({@link PushRule#delay}) or withholds ({@link PushRule#withhold}) one channel's pushes on
   * every connection from now on, replacing the channel's earlier rule; to test a client against a slow
   * or lossy stream. {@link #reset()} and {@link #clearPushRules()} end it.
   */
  void setPushRule(PushRule rule);

  List<PushRule> pushRules();

  void clearPushRules();

  /**
   * OKX's error event ({@code {"event":"error","code":...,"msg":...,"connId":...}}) to the connection with
   * {@code connId}, or to every connection when empty.
   */
  void sendErrorEvent(Optional<String> connId, String code, String msg);

  /** Every account, fault, push rule, rate-limit window and recorded failure; keys and the market stay. */
  void reset();
}
