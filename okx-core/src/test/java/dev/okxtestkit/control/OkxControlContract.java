package dev.okxtestkit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.exchange.Balance;
import dev.okxtestkit.exchange.OrderState;
import dev.okxtestkit.exchange.OrderType;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.faults.FaultAction;
import dev.okxtestkit.faults.FaultRule;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.market.Side;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.OkxTimestamps;
import dev.okxtestkit.signing.Permission;
import dev.okxtestkit.stream.StreamSession;
import dev.okxtestkit.stream.StreamSink;
import dev.okxtestkit.testing.SignedClient.Reply;
import dev.okxtestkit.testing.SimulationClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OkxControl} does, whether in-process or over HTTP: each test steers through
 * {@link #control()} and checks the effect where a client sees it, in the answers of the
 * {@link #simulation()} behind it. Implementations extend this class (okx-core's test jar carries it to
 * okx-simulator).
 */
public abstract class OkxControlContract {

  private static final String BALANCE = "/api/v5/account/balance";

  /** The control under test. */
  protected abstract OkxControl control();

  /** The simulation the control steers, to see the effects. */
  protected abstract OkxSimulation simulation();

  private SimulationClient client() {
    return new SimulationClient(simulation());
  }

  @Test
  void createsAKeyTheGateAcceptsWithItsStartingBalances() {
    OkxCredentials key = control().createKey(KeySpec.demo()
        .withPermissions(EnumSet.of(Permission.READ_ONLY))
        .withEnvironment(Environment.LIVE)
        .withStartingBalances(Map.of("usdt", new BigDecimal("250"))));

    assertThat(client().as(key).get(BALANCE).code()).isEqualTo("0");
    assertThat(key.permissions()).containsExactly(Permission.READ_ONLY);
    assertThat(key.environment()).isEqualTo(Environment.LIVE);
    assertThat(key.secretKey()).matches("[0-9A-F]{32}");
    assertThat(available(key.apiKey(), "USDT")).isEqualByComparingTo("250");
    assertThat(control().balances(key.apiKey())).extracting(Balance::currency).containsExactly("USDT");
  }

  @Test
  void readsTheKeysOrdersFillsAndPositionsAsTheExchangeHasThem() {
    OkxCredentials key = control().createKey(KeySpec.demo());
    BigDecimal price = last("BTC-USDT");
    String ordId = client().as(key).post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
        + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1000\",\"sz\":\"0.001\"}").first().path("ordId").asText();
    control().setPrice("BTC-USDT", new BigDecimal("999"));
    try {
      List<OrderView> orders = control().orders(key.apiKey());
      assertThat(orders).singleElement().satisfies(order -> {
        assertThat(order.side()).isEqualTo(Side.BUY);
        assertThat(order.ordType()).isEqualTo(OrderType.LIMIT);
        assertThat(order.state()).isEqualTo(OrderState.FILLED);
        assertThat(order.px()).isEqualByComparingTo("1000");
        assertThat(order.ordId()).isEqualTo(ordId);
      });
      assertThat(control().fills(key.apiKey())).singleElement().satisfies(fill -> {
        assertThat(fill.ordId()).isEqualTo(ordId);
        assertThat(fill.fillSz()).isEqualByComparingTo("0.001");
      });
      assertThat(control().positions(key.apiKey())).isEmpty();
    } finally {
      control().setPrice("BTC-USDT", price);
    }
  }

  @Test
  void startingBalancesReplaceTheAccountAndAreWhereResetReturns() {
    OkxCredentials key = control().createKey(KeySpec.demo());

    control().setStartingBalances(key.apiKey(), Map.of("USDT", new BigDecimal("77")));
    control().setBalances(key.apiKey(), Map.of("USDT", BigDecimal.ONE));
    control().resetAccount(key.apiKey());

    assertThat(control().balances(key.apiKey())).singleElement()
        .satisfies(b -> assertThat(b.available()).isEqualByComparingTo("77"));
  }

  @Test
  void fillsTheFundingAccount() {
    OkxCredentials key = control().createKey(KeySpec.demo());

    control().setFundingBalances(key.apiKey(), Map.of("usdt", new BigDecimal("321")));

    assertThat(client().as(key).get("/api/v5/asset/balances").first().path("availBal").asText()).isEqualTo("321");
    assertThatThrownBy(() -> control().setFundingBalances(key.apiKey(), Map.of("USDT", new BigDecimal("-1"))))
        .isInstanceOf(OkxControlException.class);
  }

  @Test
  void listsNoticesAndDropsWebSocketConnections() {
    RecordingSink sink = new RecordingSink();
    List<String> received = sink.received;
    List<Integer> closedWith = sink.closedWith;
    StreamSession publicOne = simulation().streams().open("/ws/v5/public", "127.0.0.1", sink).orElseThrow();
    StreamSession business = simulation().streams().open("/ws/v5/business?brokerId=9999", "127.0.0.1", sink)
        .orElseThrow();
    publicOne.receive("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"}]}");

    assertThat(control().connections()).filteredOn(c -> c.connId().equals(publicOne.connId())).singleElement()
        .satisfies(c -> {
          assertThat(c.path()).isEqualTo("public");
          assertThat(c.subscriptions()).containsExactly("tickers:BTC-USDT");
        });

    received.clear();
    control().sendUpgradeNotice();
    assertThat(received).singleElement().asString().contains("\"event\":\"notice\"", "\"code\":\"64008\"",
        publicOne.connId());

    control().dropConnections(Optional.of(publicOne.connId()));
    assertThat(closedWith).containsExactly(4006);
    assertThat(control().connections()).extracting(c -> c.connId()).doesNotContain(publicOne.connId())
        .contains(business.connId());
    control().dropConnections(Optional.empty());
    assertThat(control().connections()).isEmpty();
  }

  @Test
  void delaysAndWithholdsAChannelsPushesAndSendsErrorEvents() throws InterruptedException {
    RecordingSink sink = new RecordingSink();
    StreamSession session = simulation().streams().open("/ws/v5/public", "127.0.0.1", sink).orElseThrow();
    session.receive("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"ETH-USDT\"}]}");
    BigDecimal price = last("ETH-USDT");
    sink.received.clear();
    try {
      control().setPushRule(PushRule.withhold("tickers"));
      control().setPrice("ETH-USDT", new BigDecimal("2001"));
      assertThat(sink.received).as("withheld").isEmpty();
      Thread.sleep(150); // tickers go out at most every 100 ms: the next move's push is not throttled

      control().setPushRule(PushRule.delay("tickers", Duration.ofMillis(300)));
      assertThat(control().pushRules()).containsExactly(PushRule.delay("tickers", Duration.ofMillis(300)));
      control().setPrice("ETH-USDT", new BigDecimal("2002"));
      simulation().streams().sendDuePushes();
      assertThat(sink.received).as("held back").isEmpty();
      Thread.sleep(350);
      simulation().streams().sendDuePushes();
      assertThat(sink.received).singleElement().asString().contains("\"last\":\"2002\"");

      control().clearPushRules();
      assertThat(control().pushRules()).isEmpty();
      control().sendErrorEvent(Optional.of(session.connId()), "64007", "Operation failed");
      assertThat(sink.received.get(sink.received.size() - 1)).contains("\"event\":\"error\"", "\"code\":\"64007\"",
          session.connId());
    } finally {
      control().clearPushRules();
      control().setPrice("ETH-USDT", price);
      control().dropConnections(Optional.of(session.connId()));
    }
    assertThatThrownBy(() -> control().setPushRule(PushRule.withhold("candle7m")))
        .isInstanceOf(OkxControlException.class).hasMessageContaining("unknown channel candle7m");
    assertThatThrownBy(() -> control().setPushRule(PushRule.delay("orders", Duration.ofHours(1))))
        .isInstanceOf(OkxControlException.class).hasMessageContaining("delay");
    assertThatThrownBy(() -> control().sendErrorEvent(Optional.of("00000000"), "64007", "x"))
        .isInstanceOf(OkxControlException.class).satisfies(e ->
            assertThat(((OkxControlException) e).status()).isEqualTo(404));
    assertThatThrownBy(() -> control().sendErrorEvent(Optional.empty(), "abc", "x"))
        .isInstanceOf(OkxControlException.class).hasMessageContaining("code");
  }

  @Test
  void removesAKeyAndItsAccount() {
    OkxCredentials key = control().createKey(KeySpec.demo().withStartingBalances(Map.of("BTC", BigDecimal.TEN)));

    control().removeKey(key.apiKey());

    assertThat(client().as(key).get(BALANCE).code()).isEqualTo("50111");
    assertThat(available(key.apiKey(), "BTC")).isEqualByComparingTo("1");
  }

  @Test
  void setsBalancesAndResetsTheAccountToItsStart() {
    OkxCredentials key = control().createKey(KeySpec.demo());

    control().setBalances(key.apiKey(), Map.of("USDT", new BigDecimal("12.5"), "btc", BigDecimal.ZERO));
    assertThat(available(key.apiKey(), "USDT")).isEqualByComparingTo("12.5");
    assertThat(available(key.apiKey(), "BTC")).isZero();

    control().resetAccount(key.apiKey());
    assertThat(available(key.apiKey(), "USDT")).isEqualByComparingTo("10000");
  }

  @Test
  void refusesAmountsOutsideOkxsBoundsAndChangesNothing() {
    OkxCredentials key = control().createKey(KeySpec.demo());

    for (String amount : List.of("-1", "1e-100000000", "1e40", "0.0000000000000000001")) {
      assertThatThrownBy(() -> control().setBalances(key.apiKey(),
          Map.of("ETH", BigDecimal.ONE, "USDT", new BigDecimal(amount))))
          .as(amount).isInstanceOf(OkxControlException.class)
          .satisfies(e -> assertThat(((OkxControlException) e).status()).isEqualTo(400));
    }
    assertThat(available(key.apiKey(), "USDT")).isEqualByComparingTo("10000");
    assertThat(available(key.apiKey(), "ETH")).isEqualByComparingTo("10");
  }

  @Test
  void movesPricesAndBooksOfKnownInstrumentsOnly() {
    control().setPrice("ETH-USDT", new BigDecimal("2345.6"));
    control().setBook("SOL-USDT", List.of(BookLevel.of("99", "3")), List.of(BookLevel.of("101", "2")));

    assertThat(last("ETH-USDT")).isEqualByComparingTo("2345.6");
    assertThat(client().get("/api/v5/market/books?instId=SOL-USDT&sz=1").first().path("bids").path(0).path(0).asText())
        .isEqualTo("99");
    assertThatThrownBy(() -> control().setPrice("NOPE-USDT", BigDecimal.ONE))
        .isInstanceOf(OkxControlException.class)
        .satisfies(e -> assertThat(((OkxControlException) e).status()).isEqualTo(404));
    assertThatThrownBy(() -> control().setPrice("ETH-USDT", BigDecimal.ZERO))
        .isInstanceOf(OkxControlException.class);
  }

  @Test
  void movesTheMarkPriceAndTheFundingRateOfSwaps() {
    control().setMarkPrice("ETH-USDT-SWAP", new BigDecimal("2222.2"));
    control().setFundingRate("ETH-USDT-SWAP", new BigDecimal("-0.0003"));

    assertThat(client().get("/api/v5/public/mark-price?instType=SWAP&instId=ETH-USDT-SWAP").first().path("markPx")
        .asText()).isEqualTo("2222.2");
    assertThat(client().get("/api/v5/public/funding-rate?instId=ETH-USDT-SWAP").first().path("fundingRate")
        .asText()).isEqualTo("-0.0003");
    assertThatThrownBy(() -> control().setFundingRate("ETH-USDT", BigDecimal.ONE))
        .isInstanceOf(OkxControlException.class).hasMessageContaining("only perpetual swaps");
    assertThatThrownBy(() -> control().setFundingRate("ETH-USDT-SWAP", new BigDecimal("1.5")))
        .isInstanceOf(OkxControlException.class);
    assertThatThrownBy(() -> control().setMarkPrice("NOPE-USDT-SWAP", BigDecimal.ONE))
        .isInstanceOf(OkxControlException.class)
        .satisfies(e -> assertThat(((OkxControlException) e).status()).isEqualTo(404));
    control().setPrice("ETH-USDT-SWAP", new BigDecimal("2300"));
    control().setFundingRate("ETH-USDT-SWAP", new BigDecimal("0.0001"));
  }

  @Test
  void suspendsAnInstrumentWithOkxsStatesOnly() {
    control().setInstrumentState("OKB-USDT", "suspend");

    String state = client().get("/api/v5/public/instruments?instType=SPOT&instId=OKB-USDT").first().path("state")
        .asText();
    assertThat(state).isEqualTo("suspend");
    assertThatThrownBy(() -> control().setInstrumentState("OKB-USDT", "closed"))
        .isInstanceOf(OkxControlException.class).hasMessageContaining("live, suspend or preopen");
    control().setInstrumentState("OKB-USDT", "live");
  }

  @Test
  void drivesTheClockWithinItsRange() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    control().fixClock(start);
    control().advanceClock(Duration.ofSeconds(31));
    assertThat(control().now()).isEqualTo(start.plusSeconds(31));
    assertThat(client().get("/api/v5/public/time").first().path("ts").asLong())
        .isEqualTo(start.plusSeconds(31).toEpochMilli());

    assertThatThrownBy(() -> control().advanceClock(Duration.ofMillis(Long.MAX_VALUE)))
        .isInstanceOf(OkxControlException.class);
    assertThatThrownBy(() -> control().fixClock(Instant.parse("1969-12-31T23:59:59Z")))
        .isInstanceOf(OkxControlException.class);
    assertThat(control().now()).isEqualTo(start.plusSeconds(31));

    control().offsetClock(Duration.ofSeconds(-45));
    assertThat(control().now()).isBefore(Instant.now().minusSeconds(40));
    control().useSystemClock();
    assertThat(Duration.between(control().now(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void addsAndClearsFaultsAndSwitchesRateLimits() {
    control().addFault(new FaultRule(Optional.of("/api/v5/trade/order"), Optional.empty(),
        new FaultAction.OkxErrorReply("50001", "Service temporarily unavailable", 503), 2, 1.0));
    control().addFault(FaultRule.once("/api/v5/account/balance", new FaultAction.Delay(Duration.ofMillis(5))));

    assertThat(control().faults()).hasSize(2)
        .first().extracting(FaultRule::action)
        .isEqualTo(new FaultAction.OkxErrorReply("50001", "Service temporarily unavailable", 503));
    OkxCredentials key = control().createKey(KeySpec.demo());
    Reply failed = client().as(key).post("/api/v5/trade/order", "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
        + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1\",\"sz\":\"0.001\"}");
    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.code()).isEqualTo("50001");
    assertThat(control().faults()).first().extracting(FaultRule::times).isEqualTo(1);

    control().clearFaults();
    assertThat(control().faults()).isEmpty();

    control().setRateLimits(true);
    assertThat(publicTimeCodes(11)).contains("50011");
    control().setRateLimits(false);
    assertThat(publicTimeCodes(11)).containsOnly("0");
  }

  @Test
  void listsAndClearsAuthFailuresPerKey() {
    OkxCredentials key = control().createKey(KeySpec.demo());
    provokeAuthFailure(key.apiKey());

    List<AuthFailure> failures = control().authFailures(Optional.of(key.apiKey()));
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("50105");
      assertThat(f.apiKey()).isEqualTo(key.apiKey());
      assertThat(f.diagnosis().id()).isNotBlank();
    });
    assertThat(control().authFailures(Optional.of("someone-else"))).isEmpty();

    control().clearAuthFailures();
    assertThat(control().authFailures(Optional.empty())).isEmpty();
  }

  @Test
  void resetEmptiesAccountsFaultsAndFailuresButKeepsKeys() {
    OkxCredentials key = control().createKey(KeySpec.demo());
    control().setBalances(key.apiKey(), Map.of("USDT", BigDecimal.ONE));
    control().addFault(FaultRule.once("/api/v5/public/time", new FaultAction.Throttle()));
    provokeAuthFailure(key.apiKey());

    control().reset();

    assertThat(available(key.apiKey(), "USDT")).isEqualByComparingTo("10000");
    assertThat(control().faults()).isEmpty();
    assertThat(control().authFailures(Optional.empty())).isEmpty();
    assertThat(client().as(key).get(BALANCE).code()).isEqualTo("0");
  }

  /** A balance read with the right key but a wrong passphrase, through the gate: 50105, recorded. */
  private void provokeAuthFailure(String apiKey) {
    Map<String, String> headers = Map.of(OkxHeaders.ACCESS_KEY, apiKey, OkxHeaders.ACCESS_PASSPHRASE, "wrong",
        OkxHeaders.ACCESS_TIMESTAMP, OkxTimestamps.format(simulation().clock().instant()),
        OkxHeaders.ACCESS_SIGN, "c2lnbg==", "x-simulated-trading", "1");
    assertThat(simulation().admit(new ApiRequest("GET", "/api/v5/account/balance", "", headers, "127.0.0.1"),
        () -> false)).isPresent();
  }

  private BigDecimal last(String instId) {
    return new BigDecimal(client().get("/api/v5/market/ticker?instId=" + instId).first().path("last").asText());
  }

  /** The codes of that many public requests in a row from one address. */
  private List<String> publicTimeCodes(int requests) {
    return java.util.stream.IntStream.range(0, requests).mapToObj(i -> client().get("/api/v5/public/time").code())
        .toList();
  }

  private BigDecimal available(String apiKey, String currency) {
    return control().balances(apiKey).stream().filter(b -> b.currency().equals(currency)).findFirst()
        .map(Balance::available).orElse(BigDecimal.ZERO);
  }

  /** A connection's far end: what the simulator sent it and how it closed it. */
  private static final class RecordingSink implements StreamSink {
    final List<String> received = new CopyOnWriteArrayList<>();
    final List<Integer> closedWith = new CopyOnWriteArrayList<>();

    @Override
    public void send(String text) {
      received.add(text);
    }

    @Override
    public void close(int code, String reason) {
      closedWith.add(code);
    }
  }
}
