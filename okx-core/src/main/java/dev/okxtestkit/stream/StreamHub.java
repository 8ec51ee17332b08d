package dev.okxtestkit.stream;

import dev.okxtestkit.auth.WebSocketLogin;
import dev.okxtestkit.control.PushRule;
import dev.okxtestkit.endpoints.RestRows;
import dev.okxtestkit.exchange.Changes;
import dev.okxtestkit.exchange.ExchangeEvents;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * The WebSocket side of a simulation, free of any server: opens a {@link StreamSession} per connection
 * (an adapter turns frames into {@link StreamSession#receive} calls and sends what the session gives its
 * {@link StreamSink}), and pushes to the sessions what each exchange operation changed. Thread-safe.
 */
public final class StreamHub implements ExchangeEvents {

  /** OKX closes a connection that sent nothing for 30 s (close 4004). */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** Connections one simulator keeps at most; more are refused (memory stays bounded). */
  public static final int MAX_CONNECTIONS = 1_000;
  /** OKX: connections of one account subscribed to orders, account, positions or balance_and_position. */
  static final int MAX_CONNECTIONS_PER_CHANNEL = 30;
  /** OKX: subscribe, unsubscribe and login requests per connection and hour. */
  static final int MAX_OPS_PER_HOUR = 480;
  /** OKX: subscriptions of one API key over all its connections. */
  static final int MAX_SUBSCRIPTIONS_PER_KEY = 100;

  private final WebSocketLogin login;
  private final RestRows rows;
  private final Function<ApiRequest, ApiResponse> serve;
  private final LongFunction<Optional<String>> instIdOfCode;
  private final LongSupplier nanoTime;
  private final BooleanSupplier limitsEnabled;
  private final Map<String, StreamSession> sessions = new ConcurrentHashMap<>();
  private final Random connIds = new Random();
  private volatile Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
  private volatile BookChecksum bookChecksum = BookChecksum.ZERO;
  private final Map<String, PushRule> pushRules = new ConcurrentHashMap<>();
  private volatile boolean delaying;
  private final TickerThrottle tickers = new TickerThrottle();

  /**
   * @param serve the simulation's request pipeline after authentication (trading over WebSocket goes
   *     through it: the same validation, limits, faults and matching as REST)
   * @param instIdOfCode the instrument id of an {@code instIdCode}, which trading ops may send instead
   * @param nanoTime monotonic time for the idle timeout (wall time: OKX's 30 s are real seconds)
   * @param limitsEnabled whether OKX's connection limits apply (with the REST rate limits: off by default)
   */
  public StreamHub(WebSocketLogin login, RestRows rows, Function<ApiRequest, ApiResponse> serve,
      LongFunction<Optional<String>> instIdOfCode, LongSupplier nanoTime, BooleanSupplier limitsEnabled) {
    this.limitsEnabled = limitsEnabled;
    this.login = login;
    this.rows = rows;
    this.serve = serve;
    this.instIdOfCode = instIdOfCode;
    this.nanoTime = nanoTime;
  }

  /** How long a connection may stay silent before it is closed; OKX's 30 s unless a test shortens it. */
  public void setIdleTimeout(Duration timeout) {
    this.idleTimeout = timeout;
  }

  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** The {@code checksum} the {@code books} channel sends: {@code 0} as OKX now does, or the older CRC32. */
  public void setBookChecksum(BookChecksum checksum) {
    this.bookChecksum = checksum;
  }

  BookChecksum bookChecksum() {
    return bookChecksum;
  }

  /**
   * A session for a connection to {@code target} (path and query of the handshake); empty for a path
   * OKX does not serve, or when the simulator already holds {@link #MAX_CONNECTIONS}.
   */
  public Optional<StreamSession> open(String target, String clientIp, StreamSink sink) {
    Optional<StreamPath> path = StreamPath.of(target);
    if (path.isEmpty() || sessions.size() >= MAX_CONNECTIONS) {
      return Optional.empty();
    }
    String connId = newConnId();
    StreamSession session = new StreamSession(connId, path.get(), clientIp, sink, this);
    sessions.put(connId, session);
    return Optional.of(session);
  }

  /** The connection closed, by either side. */
  public void closed(StreamSession session) {
    sessions.remove(session.connId());
  }

  /** Closes, with OKX's 4004, every connection silent for longer than the idle timeout. */
  public void closeIdle() {
    long now = nanoTime.getAsLong();
    long limit = idleTimeout.toNanos();
    for (StreamSession session : List.copyOf(sessions.values())) {
      if (now - session.lastInbound() > limit) {
        sessions.remove(session.connId());
        session.sink().close(4004, "No data received in 30s.");
      }
    }
  }

  /** Closes the connection with {@code connId} (all when empty) as a dropped network link would. */
  public void drop(Optional<String> connId) {
    for (StreamSession session : List.copyOf(sessions.values())) {
      if (connId.map(session.connId()::equals).orElse(true)) {
        sessions.remove(session.connId());
        session.sink().close(4006, "Abnormal disconnection");
      }
    }
  }

  /** OKX's 64008 notice to every connection on /public and /private (not /business, as on OKX). */
  public void noticeUpgrade() {
    for (StreamSession session : sessions.values()) {
      if (session.path() != StreamPath.BUSINESS) {
        session.notice("64008", "The connection will soon be closed for a service upgrade. Please reconnect.");
      }
    }
  }

  /** Whether {@code channel} names a channel the simulator streams ({@code orders}, {@code candle1m}, …). */
  public static boolean isChannel(String channel) {
    return Channel.exists(channel);
  }

  /** Holds back or withholds a channel's pushes from now on; replaces the channel's earlier rule. */
  public void setPushRule(PushRule rule) {
    delaying |= rule.delay().isPresent();
    pushRules.put(rule.channel(), rule);
  }

  public List<PushRule> pushRules() {
    return pushRules.values().stream().sorted(Comparator.comparing(PushRule::channel)).toList();
  }

  /** Every channel pushes at once again; pushes already held back still go when due. */
  public void clearPushRules() {
    pushRules.clear();
  }

  Optional<PushRule> pushRule(String channel) {
    return pushRules.isEmpty() ? Optional.empty() : Optional.ofNullable(pushRules.get(channel));
  }

  /**
   * Sends the pushes that are due: {@code tickers} that waited for OKX's 100 ms ({@link TickerThrottle}) and
   * what a delay rule held back. The server adapter calls it every few milliseconds (the simulation itself
   * runs no threads); without the adapter's tick, waiting tickers go out with the next change of any
   * instrument instead.
   */
  public void sendDuePushes() {
    long now = nanoTime.getAsLong();
    List<String> tickersDue = tickers.due(now);
    if (!tickersDue.isEmpty()) {
      Map<String, String> shared = new HashMap<>();
      for (StreamSession session : sessions.values()) {
        session.pushTickers(tickersDue, shared);
      }
    }
    if (!delaying) {
      return; // nothing was ever held back by a rule: no connection to visit
    }
    for (StreamSession session : sessions.values()) {
      session.sendDue(now);
    }
  }

  /** OKX's error event to the connection with {@code connId}, or to all; false when there is no such one. */
  public boolean sendError(Optional<String> connId, String code, String msg) {
    boolean sent = false;
    for (StreamSession session : sessions.values()) {
      if (connId.map(session.connId()::equals).orElse(true)) {
        session.error(null, code, msg);
        sent = true;
      }
    }
    return sent || connId.isEmpty();
  }

  /** The open connections. */
  public List<StreamSession> sessions() {
    return List.copyOf(sessions.values());
  }

  @Override
  public void changed(Changes changes) {
    if (sessions.isEmpty()) {
      return;
    }
    long now = nanoTime.getAsLong();
    Set<String> tickersNow = new HashSet<>(tickers.due(now)); // also due when no tick sends them
    for (String instId : changes.instruments()) {
      if (tickers.pushNow(instId, now)) {
        tickersNow.add(instId);
      }
    }
    // Market pushes are the same text for every subscriber: built once per change, not once per connection.
    Map<String, String> shared = new HashMap<>();
    for (StreamSession session : sessions.values()) {
      session.push(changes, tickersNow, shared);
    }
  }

  WebSocketLogin login() {
    return login;
  }

  RestRows rows() {
    return rows;
  }

  Optional<String> instIdOfCode(long code) {
    return instIdOfCode.apply(code);
  }

  ApiResponse serve(ApiRequest request) {
    return serve.apply(request);
  }

  long now() {
    return nanoTime.getAsLong();
  }

  boolean limitsEnabled() {
    return limitsEnabled.getAsBoolean();
  }

  /** How many subscriptions the connections logged in with {@code apiKey} hold together. */
  int subscriptionsOf(String apiKey) {
    int count = 0;
    for (StreamSession session : sessions.values()) {
      if (session.apiKey().filter(apiKey::equals).isPresent()) {
        count += session.subscriptionCount();
      }
    }
    return count;
  }

  /** How many connections logged in with {@code apiKey} subscribe to {@code channel}. */
  int connectionsSubscribed(String apiKey, Channel channel) {
    int count = 0;
    for (StreamSession session : sessions.values()) {
      if (session.apiKey().filter(apiKey::equals).isPresent() && session.subscribes(channel)) {
        count++;
      }
    }
    return count;
  }

  /** Eight lower-case hex digits, as OKX's connIds. */
  private String newConnId() {
    synchronized (connIds) {
      String id;
      do {
        id = String.format("%08x", connIds.nextInt());
      } while (sessions.containsKey(id));
      return id;
    }
  }
}
