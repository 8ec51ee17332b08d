package dev.okxtestkit.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.okxtestkit.auth.WebSocketLogin;
import dev.okxtestkit.control.PushRule;
import dev.okxtestkit.endpoints.RestRows;
import dev.okxtestkit.exchange.AlgoView;
import dev.okxtestkit.exchange.Changes;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.Json;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.Permission;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket connection as OKX handles it (https://www.okx.com/docs-v5/en/#overview-websocket): text
 * {@code ping}/{@code pong}, {@code login}, {@code subscribe}/{@code unsubscribe} with their events, the
 * pushes of the subscribed channels, and trading ops on {@code /private}. Every reply to a bad frame is
 * one of OKX's error events; nothing a client sends throws.
 *
 * <p>Thread-safety without a session lock: frames arrive on the server's thread and pushes on the
 * exchange's, and the exchange is called from frames, so a lock here could deadlock against the
 * exchange's. The state is a concurrent set and volatile fields instead.
 */
public final class StreamSession {

  /** OKX embeds the request in 60012; a huge frame is cut. */
  private static final int MAX_ECHOED_REQUEST = 512;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final System.Logger LOG = System.getLogger("dev.okxtestkit.stream");

  private final String connId;
  private final StreamPath path;
  private final String clientIp;
  private final StreamSink sink;
  private final StreamHub hub;
  private final ChannelRows rows;
  private final TradeOps tradeOps;
  private final Outbox outbox;
  private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
  /** What each {@code books} subscription last sent, to send only what changed. */
  private final Map<Subscription, BookState> books = new ConcurrentHashMap<>();
  /** What each candle subscription last sent: a bar is pushed again only when it changed. */
  private final Map<Subscription, String> bars = new ConcurrentHashMap<>();
  private final Map<Subscription, BalanceAndPosition> balanceAndPositions = new ConcurrentHashMap<>();
  private volatile OkxCredentials key;
  private volatile String uid = "";
  private volatile long lastInbound;
  /** When this connection's last subscribe, unsubscribe and login requests came, oldest first. */
  private final Deque<Long> recentOps = new ArrayDeque<>();

  StreamSession(String connId, StreamPath path, String clientIp, StreamSink sink, StreamHub hub) {
    this.connId = connId;
    this.path = path;
    this.clientIp = clientIp;
    this.sink = sink;
    this.hub = hub;
    this.rows = new ChannelRows(hub.rows());
    this.tradeOps = new TradeOps(hub::instIdOfCode);
    this.outbox = new Outbox(sink, hub);
    this.lastInbound = hub.now();
  }

  public String connId() {
    return connId;
  }

  public StreamPath path() {
    return path;
  }

  /** The API key logged in on this connection, if any. */
  public Optional<String> apiKey() {
    return Optional.ofNullable(key).map(OkxCredentials::apiKey);
  }

  /** The channels subscribed, as {@code channel} or {@code channel:instId}. */
  public List<String> subscriptions() {
    return subscriptions.stream().map(Subscription::describe).sorted().toList();
  }

  StreamSink sink() {
    return sink;
  }

  long lastInbound() {
    return lastInbound;
  }

  /** An event the simulator sends of its own accord, e.g. OKX's upgrade notice. */
  void notice(String code, String msg) {
    ObjectNode event = event(null, "notice");
    event.put("code", code);
    event.put("msg", msg);
    event.put("connId", connId);
    send(event);
  }

  /** A protocol ping frame (python-okx sends only those): it keeps the connection alive too. */
  public void pinged() {
    lastInbound = hub.now();
  }

  /** A binary frame: OKX speaks text. */
  public void receiveBinary() {
    lastInbound = hub.now();
    error(null, "60012", "Invalid request: binary frame");
  }

  /**
   * One text frame from the client. A fault of the simulator itself becomes OKX's 64007 event (and a log
   * line), never an exception into the server.
   */
  public void receive(String text) {
    lastInbound = hub.now();
    try {
      handle(text);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "WebSocket request failed on connection " + connId, e);
      error(null, "64007", "Operation failed due to WebSocket internal error. Please try again later.");
    }
  }

  private void handle(String text) {
    if (text.equals("ping")) {
      sink.send("pong");
      return;
    }
    Optional<JsonNode> parsed = Json.parse(text).filter(JsonNode::isObject);
    if (parsed.isEmpty() || !parsed.get().path("op").isTextual()) {
      error(null, "60012", "Invalid request: " + shorten(text));
      return;
    }
    JsonNode request = parsed.get();
    String id = request.path("id").isValueNode() ? request.path("id").asText() : null;
    String op = request.path("op").asText();
    JsonNode args = request.path("args");
    if (TradeOps.isTradeOp(op)) {
      trade(id, op, args, text);
      return;
    }
    if (!args.isArray() || args.isEmpty()) {
      error(id, "60012", "Invalid request: " + shorten(text));
      return;
    }
    if (Set.of("login", "subscribe", "unsubscribe").contains(op) && !withinOpLimit()) {
      error(id, "60014", "Requests too frequent");
      return;
    }
    switch (op) {
      case "login" -> login(id, args.get(0));
      case "subscribe" -> args.forEach(arg -> subscribe(id, arg));
      case "unsubscribe" -> args.forEach(arg -> unsubscribe(id, arg));
      default -> error(id, "60019", "Invalid op: " + shorten(op));
    }
  }

  private void login(String id, JsonNode arg) {
    if (!arg.isObject()) {
      error(id, "60012", "Invalid request: " + shorten(arg.toString()));
      return;
    }
    WebSocketLogin.Outcome outcome = hub.login().verify(arg, clientIp, path.path());
    if (outcome instanceof WebSocketLogin.Refused refused) {
      ObjectNode event = event(id, "error");
      event.put("msg", refused.message());
      event.put("code", refused.code());
      event.put("connId", connId);
      // Not OKX's: the simulator's reason, in a field clients ignore.
      event.put("diagnosis", refused.diagnosis().id() + " " + refused.diagnosis().message());
      send(event);
      return;
    }
    OkxCredentials loggedIn = ((WebSocketLogin.LoggedIn) outcome).key();
    this.key = loggedIn;
    this.uid = rows.uid(loggedIn);
    ObjectNode event = event(id, "login");
    event.put("code", "0");
    event.put("msg", "");
    event.put("connId", connId);
    send(event);
  }

  private void subscribe(String id, JsonNode arg) {
    Optional<Subscription> subscription = subscription(id, arg);
    if (subscription.isEmpty()) {
      return;
    }
    OkxCredentials subscriber = key;
    if (hub.limitsEnabled() && subscriber != null && !subscriptions.contains(subscription.get())
        && hub.subscriptionsOf(subscriber.apiKey()) >= StreamHub.MAX_SUBSCRIPTIONS_PER_KEY) {
      hub.closed(this); // OKX closes the connection that asks for one subscription too many
      sink.close(4003, "APIKey subscription amount exceeds the limit " + StreamHub.MAX_SUBSCRIPTIONS_PER_KEY);
      return;
    }
    subscriptions.add(subscription.get());
    ObjectNode ack = event(id, "subscribe");
    ack.set("arg", arg);
    ack.put("connId", connId);
    send(ack);
    Channel channel = subscription.get().channel();
    if (channel.countsConnections()) {
      int count = hub.connectionsSubscribed(key.apiKey(), channel);
      boolean over = hub.limitsEnabled() && count > StreamHub.MAX_CONNECTIONS_PER_CHANNEL;
      ObjectNode event = NODES.objectNode();
      event.put("event", over ? "channel-conn-count-error" : "channel-conn-count");
      event.put("channel", channel.wire());
      event.put("connCount", Integer.toString(over ? StreamHub.MAX_CONNECTIONS_PER_CHANNEL : count));
      event.put("connId", connId);
      send(event);
      if (over) { // OKX acknowledges, then drops the subscription of the newest connection
        subscriptions.remove(subscription.get());
        return;
      }
    }
    snapshot(subscription.get());
  }

  /** Whether this connection's subscribe, unsubscribe and login requests stay within OKX's hourly limit. */
  private boolean withinOpLimit() {
    if (!hub.limitsEnabled()) {
      return true;
    }
    long now = hub.now();
    synchronized (recentOps) {
      while (!recentOps.isEmpty() && now - recentOps.peekFirst() > TimeUnit.HOURS.toNanos(1)) {
        recentOps.pollFirst();
      }
      if (recentOps.size() >= StreamHub.MAX_OPS_PER_HOUR) {
        return false;
      }
      recentOps.addLast(now);
      return true;
    }
  }

  int subscriptionCount() {
    return subscriptions.size();
  }

  /** Whether one of this connection's subscriptions is to {@code channel}. */
  boolean subscribes(Channel channel) {
    for (Subscription s : subscriptions) {
      if (s.channel() == channel) {
        return true;
      }
    }
    return false;
  }

  private void unsubscribe(String id, JsonNode arg) {
    Optional<Subscription> subscription = subscription(id, arg);
    if (subscription.isEmpty()) {
      return;
    }
    subscriptions.remove(subscription.get());
    books.remove(subscription.get());
    bars.remove(subscription.get());
    balanceAndPositions.remove(subscription.get());
    ObjectNode ack = event(id, "unsubscribe");
    ack.set("arg", arg);
    ack.put("connId", connId);
    send(ack);
  }

  /** The subscription an arg asks for, or empty after sending OKX's error for it. */
  private Optional<Subscription> subscription(String id, JsonNode arg) {
    if (!arg.isObject() || !arg.path("channel").isTextual()) {
      error(id, "60012", "Invalid request: " + shorten(arg.toString()));
      return Optional.empty();
    }
    String wire = arg.path("channel").asText();
    Optional<Channel> channel = Channel.of(wire, path);
    String instId = arg.path("instId").asText("");
    String instType = arg.path("instType").asText("");
    if (channel.isEmpty() || !rows.exists(channel.get(), wire, instId, instType)) {
      String named = instType.isEmpty() || !instId.isEmpty() ? "instId:" + instId : "instType:" + instType;
      error(id, "60018", "Wrong URL or channel:" + shorten(wire) + "," + shorten(named)
          + " doesn't exist. Please use the correct URL, channel and parameters referring to API document.");
      return Optional.empty();
    }
    if (channel.get().needsLogin() && key == null) {
      error(id, "60011", "Please log in");
      return Optional.empty();
    }
    return Optional.of(new Subscription(channel.get(), wire, instId, instType, arg.path("ccy").asText("")));
  }

  /** Trading over WebSocket: the REST endpoint answers, through the same pipeline as a REST request. */
  private void trade(String id, String op, JsonNode args, String text) {
    if (path != StreamPath.PRIVATE) {
      error(id, "60028", "The current operation is not supported by this URL. Please use the correct WebSocket"
          + " URL for the operation.");
      return;
    }
    OkxCredentials trader = key;
    if (trader == null) {
      error(id, "60011", "Please log in");
      return;
    }
    if (!trader.permissions().contains(Permission.TRADE)) {
      send(TradeOps.withoutPermission(id, op));
      return;
    }
    Optional<ApiRequest> request = tradeOps.request(op, args, trader, clientIp);
    if (request.isEmpty()) {
      error(id, "60012", "Invalid request: " + shorten(text));
      return;
    }
    outbox.answer(() -> hub.serve(request.get()), response -> send(TradeOps.reply(id, op, response)));
  }

  /** What a channel sends right after its ack: market data and account state; orders and trades have none. */
  private void snapshot(Subscription s) {
    switch (s.channel()) {
      case TICKERS, BOOKS5, BBO_TBT, MARK_PRICE, FUNDING_RATE -> pushMarket(s, new HashMap<>());
      case BOOKS -> pushBook(s);
      case CANDLE, MARK_PRICE_CANDLE, INDEX_CANDLE -> pushCandle(s);
      case ACCOUNT -> pushAccount(s, "snapshot");
      case POSITIONS -> pushPositions(s, "snapshot");
      case BALANCE_AND_POSITION -> pushBalanceAndPosition(s, "snapshot", NODES.arrayNode());
      case ORDERS, ORDERS_ALGO, TRADES -> { }
      default -> throw new IllegalStateException(s.channel().name());
    }
  }

  /**
   * What an exchange operation changed, for this connection's subscriptions.
   *
   * @param tickersNow the changed instruments whose tickers go out now; the others' wait ({@link TickerThrottle})
   * @param shared market pushes already built for this change, by channel and instrument (the same text
   *     for every subscriber), to be reused and added to
   */
  void push(Changes changes, Set<String> tickersNow, Map<String, String> shared) {
    for (Subscription s : subscriptions) {
      switch (s.channel()) {
        case TICKERS -> {
          if (tickersNow.contains(s.instId())) {
            pushMarket(s, shared);
          }
        }
        case BOOKS5, BBO_TBT, MARK_PRICE, FUNDING_RATE -> {
          if (changes.instruments().contains(s.instId())) {
            pushMarket(s, shared);
          }
        }
        case BOOKS -> {
          if (changes.instruments().contains(s.instId())) {
            pushBook(s);
          }
        }
        case CANDLE, MARK_PRICE_CANDLE, INDEX_CANDLE -> {
          if (changes.instruments().contains(s.instId())) {
            pushCandle(s);
          }
        }
        case TRADES -> changes.trades().getOrDefault(s.instId(), List.of()).forEach(trade -> sendPush(s.wire(),
            shared.computeIfAbsent(s.wire() + " " + s.instId() + " " + trade.tradeId(),
                k -> Json.write(envelope(s, NODES.arrayNode().add(rows.trade(s.instId(), trade)))))));
        case ACCOUNT -> {
          if (key != null && changes.accounts().contains(key.apiKey())) {
            pushAccount(s, "event_update");
          }
        }
        case POSITIONS -> {
          if (key != null && changes.accounts().contains(key.apiKey())) {
            pushPositions(s, "event_update");
          }
        }
        case BALANCE_AND_POSITION -> {
          if (key != null && changes.accounts().contains(key.apiKey())) {
            List<OrderView> orders = changes.orders().getOrDefault(key.apiKey(), List.of());
            ArrayNode trades = NODES.arrayNode();
            orders.stream().filter(o -> o.tradeId() != null && !o.tradeId().isEmpty() && o.fillTime() == o.uTime())
                .forEach(o -> trades.addObject().put("instId", o.instId()).put("tradeId", o.tradeId()));
            pushBalanceAndPosition(s, trades.isEmpty() ? "transferred" : "filled", trades);
          }
        }
        case ORDERS -> {
          if (key != null) {
            for (OrderView order : changes.orders().getOrDefault(key.apiKey(), List.of())) {
              pushOrder(s, order);
            }
          }
        }
        case ORDERS_ALGO -> {
          if (key != null) {
            for (AlgoView algo : changes.algos().getOrDefault(key.apiKey(), List.of())) {
              pushAlgo(s, algo);
            }
          }
        }
        default -> throw new IllegalStateException(s.channel().name());
      }
    }
  }

  /** The tickers of {@code instIds} whose wait for OKX's 100 ms has ended, with the state now. */
  void pushTickers(List<String> instIds, Map<String, String> shared) {
    for (Subscription s : subscriptions) {
      if (s.channel() == Channel.TICKERS && instIds.contains(s.instId())) {
        pushMarket(s, shared);
      }
    }
  }

  /** A market channel's push, built once per change for all its subscribers ({@code shared}). */
  private void pushMarket(Subscription s, Map<String, String> shared) {
    String text = shared.computeIfAbsent(s.wire() + " " + s.instId(),
        k -> rows.market(s.channel(), s.instId()).map(data -> Json.write(envelope(s, data))).orElse(null));
    if (text != null) {
      sendPush(s.wire(), text);
    }
  }

  /** The current bar, when it differs from the one this subscription last sent. */
  private void pushCandle(Subscription s) {
    rows.candles(s.channel(), s.wire(), s.instId()).ifPresent(bar -> {
      String text = bar.toString();
      if (!text.equals(bars.put(s, text))) {
        sendData(s, bar);
      }
    });
  }

  private void sendData(Subscription s, JsonNode data) {
    sendPush(envelope(s, data));
  }

  private ObjectNode envelope(Subscription s, JsonNode data) {
    ObjectNode push = NODES.objectNode();
    push.set("arg", arg(s));
    push.set("data", data);
    return push;
  }

  /**
   * {@code books}: a snapshot first ({@code prevSeqId} -1), then only the levels that changed, with the
   * previous message's {@code seqId} as {@code prevSeqId} and a size of {@code "0"} for a level gone.
   */
  private void pushBook(Subscription s) {
    Optional<JsonNode> book = rows.fullBook(s.instId());
    if (book.isEmpty()) {
      return;
    }
    JsonNode now = book.get();
    BookState previous = books.get(s);
    BookState current = BookState.of(now);
    ObjectNode push = NODES.objectNode();
    push.set("arg", arg(s));
    ObjectNode data = NODES.objectNode();
    if (previous == null) {
      push.put("action", "snapshot");
      data.set("asks", now.path("asks"));
      data.set("bids", now.path("bids"));
      data.put("prevSeqId", -1);
    } else {
      ArrayNode asks = BookState.changes(previous.asks(), current.asks());
      ArrayNode bids = BookState.changes(previous.bids(), current.bids());
      if (asks.isEmpty() && bids.isEmpty()) {
        return;
      }
      push.put("action", "update");
      data.set("asks", asks);
      data.set("bids", bids);
      data.put("prevSeqId", previous.seqId());
    }
    books.put(s, current);
    data.put("ts", now.path("ts").asText());
    data.put("checksum", hub.bookChecksum().of(current.topBids(), current.topAsks()));
    data.put("seqId", current.seqId());
    push.set("data", NODES.arrayNode().add(data));
    sendPush(push);
  }

  private void pushAccount(Subscription s, String eventType) {
    rows.balance(s.ccy(), key).ifPresent(balance -> sendPrivate(s, eventType, balance));
  }

  private void pushBalanceAndPosition(Subscription s, String eventType, ArrayNode trades) {
    Optional<JsonNode> balance = rows.balance("", key);
    Optional<JsonNode> positions = rows.positions("ANY", key);
    if (balance.isEmpty() || positions.isEmpty()) {
      return;
    }
    balanceAndPositions.computeIfAbsent(s, x -> new BalanceAndPosition())
        .next(balance.get().path(0), positions.get(), eventType, trades)
        .ifPresent(data -> sendData(s, data));
  }

  private void pushPositions(Subscription s, String eventType) {
    rows.positions(s.instType(), key).ifPresent(positions -> {
      ArrayNode matching = NODES.arrayNode();
      positions.forEach(row -> {
        if (s.instId().isEmpty() || row.path("instId").asText().equals(s.instId())) {
          matching.add(row);
        }
      });
      sendPrivate(s, eventType, matching);
    });
  }

  private void sendPrivate(Subscription s, String eventType, JsonNode rows) {
    ObjectNode push = NODES.objectNode();
    push.set("arg", arg(s));
    push.put("eventType", eventType);
    if (eventType.equals("snapshot")) {
      push.put("curPage", 1);
      push.put("lastPage", true);
    }
    push.set("data", rows);
    sendPush(push);
  }

  private void pushOrder(Subscription s, OrderView order) {
    if (!s.instType().equals("ANY") && !s.instType().equals(order.instType())
        || !s.instId().isEmpty() && !s.instId().equals(order.instId())) {
      return;
    }
    ObjectNode row = (ObjectNode) Json.parse(Json.write(RestRows.order(order))).orElseThrow();
    row.put("fillFee", "0");
    row.put("fillFeeCcy", order.feeCcy());
    row.put("execType", "");
    row.put("amendResult", "");
    row.put("reqId", "");
    row.put("code", "0");
    row.put("msg", "");
    ObjectNode push = NODES.objectNode();
    push.set("arg", arg(s));
    push.set("data", NODES.arrayNode().add(row));
    sendPush(push);
  }

  private void pushAlgo(Subscription s, AlgoView algo) {
    if (!s.instType().equals("ANY") && !s.instType().equals(algo.instType())
        || !s.instId().isEmpty() && !s.instId().equals(algo.instId())) {
      return;
    }
    ObjectNode push = NODES.objectNode();
    push.set("arg", arg(s));
    push.set("data", NODES.arrayNode().add(Json.parse(Json.write(RestRows.algo(algo))).orElseThrow()));
    sendPush(push);
  }

  /** A push's {@code arg}: the channel and what names it, plus {@code uid} on private channels. */
  private ObjectNode arg(Subscription s) {
    ObjectNode arg = NODES.objectNode();
    arg.put("channel", s.wire());
    if (!s.instType().isEmpty()) {
      arg.put("instType", s.instType());
    }
    if (!s.instId().isEmpty()) {
      arg.put("instId", s.instId());
    }
    if (!s.ccy().isEmpty()) {
      arg.put("ccy", s.ccy());
    }
    if (s.channel().needsLogin()) {
      arg.put("uid", uid);
    }
    return arg;
  }

  void error(String id, String code, String msg) {
    ObjectNode event = event(id, "error");
    event.put("msg", msg);
    event.put("code", code);
    event.put("connId", connId);
    send(event);
  }

  /** An event with the request's {@code id} first, as OKX echoes it. */
  private static ObjectNode event(String id, String name) {
    ObjectNode event = NODES.objectNode();
    if (id != null) {
      event.put("id", id);
    }
    event.put("event", name);
    return event;
  }

  private void send(JsonNode message) {
    sink.send(Json.write(message));
  }

  /**
   * A channel's data: held back while this connection's own trading op is answered, and as a
   * {@link PushRule} for the channel says (withheld: never sent).
   */
  private void sendPush(JsonNode message) {
    sendPush(message.path("arg").path("channel").asText(), Json.write(message));
  }

  private void sendPush(String channel, String text) {
    outbox.push(channel, text);
  }

  /** Sends the pushes a delay rule held back that are due by {@code now}. */
  void sendDue(long now) {
    outbox.sendDue(now);
  }

  private static String shorten(String text) {
    return text.length() <= MAX_ECHOED_REQUEST ? text : text.substring(0, MAX_ECHOED_REQUEST) + "...";
  }

  /** One subscription of this connection; equal subscriptions count once, as on OKX. */
  record Subscription(Channel channel, String wire, String instId, String instType, String ccy) {
    String describe() {
      return wire + (instId.isEmpty() ? "" : ":" + instId) + (instType.isEmpty() ? "" : ":" + instType);
    }
  }
}
