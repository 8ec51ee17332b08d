package dev.okxtestkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.SimulationConfig;
import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.market.Instruments;
import dev.okxtestkit.market.Market;
import dev.okxtestkit.market.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeTest {

  private static final String KEY = "key-1";

  private final SimulatorClock clock = SimulatorClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
  private final Exchange exchange = new Exchange(
      new Market(Instruments.defaults(), Instruments.defaultPrices(), 1L), SimulationConfig.DEFAULT_BALANCES, clock);

  @Test
  void aNewAccountHoldsTheDemoFunds() {
    assertThat(balance("USDT").available()).isEqualByComparingTo("10000");
    assertThat(balance("BTC").available()).isEqualByComparingTo("1");
    assertThat(balance("ETH").available()).isEqualByComparingTo("10");
  }

  @Test
  void aRestingLimitBuyFreezesItsCostAndCancelReleasesIt() {
    ItemResult placed = exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.1", "40000"));

    assertThat(placed.ok()).isTrue();
    assertThat(placed.sMsg()).isEqualTo("Order placed");
    assertThat(balance("USDT").available()).isEqualByComparingTo("6000");
    assertThat(balance("USDT").frozen()).isEqualByComparingTo("4000");
    assertThat(balance("USDT").orderFrozen()).isEqualByComparingTo("4000");
    assertThat(exchange.orders(KEY).get(0).state()).isEqualTo(OrderState.LIVE);

    ItemResult cancelled = exchange.cancel(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId())));

    assertThat(cancelled.ok()).isTrue();
    assertThat(balance("USDT").available()).isEqualByComparingTo("10000");
    assertThat(balance("USDT").frozen()).isEqualByComparingTo("0");
    assertThat(exchange.orders(KEY).get(0).state()).isEqualTo(OrderState.CANCELED);
  }

  @Test
  void aMarketBuyByQuoteAmountFillsAtOnceAndPaysTheFeeInBase() {
    exchange.setBook("BTC-USDT", List.of(BookLevel.of("39990", "1")), List.of(BookLevel.of("40000", "1")));

    ItemResult placed = exchange.place(KEY, order("BTC-USDT", "buy", "market", "1000", null));

    OrderView order = exchange.orders(KEY).get(0);
    assertThat(placed.ok()).isTrue();
    assertThat(order.state()).isEqualTo(OrderState.FILLED);
    assertThat(order.tgtCcy()).isEqualTo(TargetCurrency.QUOTE_CCY);
    assertThat(order.accFillSz()).isEqualByComparingTo("0.025");
    assertThat(order.avgPx()).isEqualByComparingTo("40000");
    assertThat(order.fee()).isEqualByComparingTo("-0.000025");
    assertThat(order.feeCcy()).isEqualTo("BTC");
    assertThat(balance("USDT").available()).isEqualByComparingTo("9000");
    assertThat(balance("BTC").available()).isEqualByComparingTo("1.024975");
    Fill fill = exchange.fills(KEY).get(0);
    assertThat(fill.execType()).isEqualTo("T");
    assertThat(fill.fee()).isEqualByComparingTo("-0.000025");
    assertThat(fill.feeRate()).isEqualByComparingTo("-0.001");
  }

  @Test
  void aMarketSellSizedInQuoteSellsTheBaseThatRaisesThatMuch() {
    exchange.setBook("BTC-USDT", List.of(BookLevel.of("40000", "1")), List.of(BookLevel.of("40010", "1")));

    ItemResult placed = exchange.place(KEY, with(order("BTC-USDT", "sell", "market", "1000", null), "tgtCcy", "quote_ccy"));

    OrderView order = exchange.orders(KEY).get(0);
    assertThat(placed.ok()).isTrue();
    assertThat(order.state()).isEqualTo(OrderState.FILLED);
    assertThat(order.accFillSz()).isEqualByComparingTo("0.025");
    assertThat(balance("BTC").available()).isEqualByComparingTo("0.975");
    assertThat(balance("USDT").available()).isEqualByComparingTo("10999"); // 1000 less the 0.1% taker fee
    assertThat(balance("BTC").frozen()).isEqualByComparingTo("0");
  }

  @Test
  void aSellPaysTheFeeInQuote() {
    exchange.setBook("BTC-USDT", List.of(BookLevel.of("40000", "2")), List.of(BookLevel.of("40010", "2")));

    exchange.place(KEY, order("BTC-USDT", "sell", "market", "0.5", null));

    assertThat(balance("BTC").available()).isEqualByComparingTo("0.5");
    assertThat(balance("USDT").available()).isEqualByComparingTo("29980"); // 10000 + 20000 - 20 fee
  }

  @Test
  void aRestingOrderFillsAsMakerWhenThePriceCrossesIt() {
    ItemResult placed = exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.1", "40000"));

    exchange.setPrice("BTC-USDT", new BigDecimal("39000"));

    OrderView order = exchange.orders(KEY).get(0);
    assertThat(order.ordId()).isEqualTo(placed.ordId());
    assertThat(order.state()).isEqualTo(OrderState.FILLED);
    assertThat(order.avgPx()).isEqualByComparingTo("40000");
    assertThat(exchange.fills(KEY).get(0).execType()).isEqualTo("M");
    assertThat(balance("USDT").available()).isEqualByComparingTo("6000");
    assertThat(balance("USDT").frozen()).isEqualByComparingTo("0");
    assertThat(balance("BTC").available()).isEqualByComparingTo("1.09992"); // 0.1 - 0.08% maker fee
  }

  @Test
  void aLimitOrderLargerThanTheBookFillsPartlyAndRestsTheRest() {
    exchange.setBook("BTC-USDT", List.of(BookLevel.of("39000", "1")), List.of(BookLevel.of("40000", "0.04")));

    exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.1", "40000"));

    OrderView order = exchange.orders(KEY).get(0);
    assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
    assertThat(order.accFillSz()).isEqualByComparingTo("0.04");
    assertThat(balance("USDT").orderFrozen()).isEqualByComparingTo("2400"); // 0.06 left at 40000
  }

  @Test
  void postOnlyThatWouldTakeIsCancelledAndFokThatCannotFillIsCancelled() {
    exchange.setBook("BTC-USDT", List.of(BookLevel.of("39000", "1")), List.of(BookLevel.of("40000", "0.04")));

    ItemResult postOnly = exchange.place(KEY, order("BTC-USDT", "buy", "post_only", "0.1", "40000"));
    ItemResult fok = exchange.place(KEY, order("BTC-USDT", "buy", "fok", "0.1", "40000"));

    assertThat(postOnly.ok()).isTrue();
    assertThat(fok.ok()).isTrue();
    assertThat(exchange.orders(KEY)).extracting(OrderView::state).containsOnly(OrderState.CANCELED);
    assertThat(exchange.fills(KEY)).isEmpty();
    assertThat(balance("USDT").available()).isEqualByComparingTo("10000");
  }

  @Test
  void refusesWhatTheAccountCannotPayWith51008() {
    ItemResult result = exchange.place(KEY, order("BTC-USDT", "buy", "limit", "1", "40000"));

    assertThat(result.sCode()).isEqualTo("51008");
    assertThat(result.subCode()).isEqualTo("1000");
    assertThat(result.sMsg()).isEqualTo("Order failed. Insufficient USDT balance in account");
    assertThat(exchange.orders(KEY)).isEmpty();
    assertThat(balance("USDT").available()).isEqualByComparingTo("10000");
  }

  @Test
  void refusesBadOrdersWithOkxCodes() {
    assertThat(exchange.place(KEY, order("NOPE-USDT", "buy", "limit", "1", "1")).sCode()).isEqualTo("51001");
    assertThat(exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.000000001", "40000")).sCode())
        .isEqualTo("51121");
    assertThat(exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.000001", "40000")).sCode())
        .isEqualTo("51020");
    assertThat(exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.01", "40000.05")).sCode())
        .isEqualTo("51000");
    assertThat(exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.01", null)).sCode()).isEqualTo("51204");
    assertThat(exchange.orders(KEY)).isEmpty();
  }

  @Test
  void refusesADuplicatePendingClientOrderIdButAllowsReuseAfterwards() {
    Params first = with(order("BTC-USDT", "buy", "limit", "0.01", "30000"), "clOrdId", "abc1");
    ItemResult placed = exchange.place(KEY, first);

    assertThat(exchange.place(KEY, first).sCode()).isEqualTo("51016");
    exchange.cancel(KEY, Params.of(Map.of("instId", "BTC-USDT", "clOrdId", "abc1")));
    assertThat(exchange.place(KEY, first).ok()).isTrue();
    assertThat(exchange.order(KEY, Params.of(Map.of("instId", "BTC-USDT", "clOrdId", "abc1"))).orElseThrow().ordId())
        .isNotEqualTo(placed.ordId());
  }

  @Test
  void cancellingACancelledFilledOrUnknownOrderFailsWithItsOwnCode() {
    ItemResult placed = exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.01", "30000"));
    Params cancel = Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId()));
    exchange.cancel(KEY, cancel);
    ItemResult filled = exchange.place(KEY, order("BTC-USDT", "buy", "market", "100", null));

    ItemResult again = exchange.cancel(KEY, cancel);
    assertThat(again.sCode()).isEqualTo("51401");
    assertThat(again.ordId()).isEqualTo(placed.ordId());
    assertThat(exchange.cancel(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", filled.ordId()))).sCode())
        .isEqualTo("51402");
    assertThat(exchange.cancel(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", "123"))).sCode())
        .isEqualTo("51400");
  }

  @Test
  void amendingChangesTheHoldAndCanFillTheOrder() {
    ItemResult placed = exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.1", "30000"));

    ItemResult amended = exchange.amend(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId(),
        "newSz", "0.2", "newPx", "20000")));

    assertThat(amended.ok()).isTrue();
    assertThat(balance("USDT").orderFrozen()).isEqualByComparingTo("4000");
    assertThat(exchange.amend(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId()))).sCode())
        .isEqualTo("51500");
    assertThat(exchange.amend(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId(), "newSz", "1")))
        .sCode()).isEqualTo("51502");
    ItemResult crossing = exchange.amend(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId(),
        "newPx", "50000")));
    assertThat(crossing.ok()).isTrue();
    assertThat(exchange.orders(KEY).get(0).state()).isEqualTo(OrderState.FILLED);
    assertThat(balance("USDT").orderFrozen()).isEqualByComparingTo("0");
  }

  @Test
  void anAmendTheAccountCannotPayForLeavesOrderAndBalancesAsTheyWere() {
    ItemResult placed = exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.1", "30000"));
    Balance before = balance("USDT");

    ItemResult refused = exchange.amend(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId(),
        "newSz", "0.5", "newPx", "25000")));

    assertThat(refused).isEqualTo(new ItemResult(placed.ordId(), "", "", "51502",
        "Unable to edit order: insufficient balance or margin.", "1030", refused.ts()));
    OrderView order = exchange.orders(KEY).get(0);
    assertThat(order.px()).isEqualByComparingTo("30000");
    assertThat(order.sz()).isEqualByComparingTo("0.1");
    assertThat(order.state()).isEqualTo(OrderState.LIVE);
    assertThat(balance("USDT")).isEqualTo(before);

    ItemResult smaller = exchange.amend(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId(),
        "newSz", "0.2")));

    assertThat(smaller.ok()).isTrue();
    assertThat(balance("USDT").orderFrozen()).isEqualByComparingTo("6000");
    assertThat(balance("USDT").available()).isEqualByComparingTo("4000");
  }

  @Test
  void aRefusedAmendWithCxlOnFailCancelsTheOrderAndReleasesItsHold() {
    ItemResult placed = exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.1", "30000"));

    ItemResult refused = exchange.amend(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId(),
        "newSz", "1", "cxlOnFail", "true")));

    assertThat(refused.sCode()).isEqualTo("51502");
    assertThat(exchange.orders(KEY).get(0).state()).isEqualTo(OrderState.CANCELED);
    assertThat(balance("USDT").available()).isEqualByComparingTo("10000");
    assertThat(balance("USDT").frozen()).isEqualByComparingTo("0");
  }

  @Test
  void aPostOnlyAmendThatWouldTakeIs51511AndKeepsTheOrder() {
    exchange.setBook("BTC-USDT", List.of(BookLevel.of("39990", "1")), List.of(BookLevel.of("40000", "1")));
    ItemResult placed = exchange.place(KEY, order("BTC-USDT", "buy", "post_only", "0.1", "39000"));

    ItemResult refused = exchange.amend(KEY, Params.of(Map.of("instId", "BTC-USDT", "ordId", placed.ordId(),
        "newPx", "40000")));

    assertThat(refused.sCode()).isEqualTo("51511");
    assertThat(refused.sMsg()).isEqualTo("Modification failed as the order price did not meet the requirement for Post Only.");
    assertThat(refused.subCode()).isEmpty();
    assertThat(exchange.orders(KEY).get(0).px()).isEqualByComparingTo("39000");
    assertThat(balance("USDT").orderFrozen()).isEqualByComparingTo("3900");
  }

  @Test
  void ordersReportTheirTypedTerms() {
    exchange.place(KEY, order("BTC-USDT", "sell", "limit", "0.1", "90000"));

    OrderView order = exchange.orders(KEY).get(0);

    assertThat(order.side()).isEqualTo(Side.SELL);
    assertThat(order.ordType()).isEqualTo(OrderType.LIMIT);
    assertThat(order.tdMode()).isEqualTo(TradeMode.CASH);
    assertThat(order.posSide()).isEqualTo(PositionSide.NET);
    assertThat(order.tgtCcy()).isNull(); // only SPOT market orders have one
  }

  @Test
  void aValueOutsideOkxsListsIsRefusedWith51000EvenWithoutTheCatalogue() {
    ItemResult refused = exchange.place(KEY, with(order("BTC-USDT", "buy", "limit", "0.1", "30000"), "side", "BUY"));

    assertThat(refused.sCode()).isEqualTo("51000");
    assertThat(refused.sMsg()).isEqualTo("Parameter side error");
    assertThat(exchange.orders(KEY)).isEmpty();
    assertThat(balance("USDT").frozen()).isEqualByComparingTo("0");
  }

  @Test
  void accountsAreIsolated() {
    exchange.place(KEY, order("BTC-USDT", "buy", "limit", "0.1", "30000"));

    assertThat(exchange.orders("other")).isEmpty();
    assertThat(exchange.balances("other")).filteredOn(b -> b.currency().equals("USDT"))
        .extracting(Balance::available).containsExactly(new BigDecimal("10000"));
  }

  @Test
  void aSwapPositionOpensWithMarginAndClosesWithPnl() {
    exchange.setBook("BTC-USDT-SWAP", List.of(BookLevel.of("40000", "100")), List.of(BookLevel.of("40000", "100")));

    exchange.place(KEY, swapOrder("buy", "10")); // 10 contracts x 0.01 BTC at 40000 = 4000 USDT notional
    Position open = exchange.positions(KEY).get(0);
    assertThat(open.pos()).isEqualByComparingTo("10");
    assertThat(open.avgPx()).isEqualByComparingTo("40000");
    assertThat(open.margin()).isEqualByComparingTo("400");
    assertThat(balance("USDT").frozen()).isEqualByComparingTo("400");

    exchange.setBook("BTC-USDT-SWAP", List.of(BookLevel.of("41000", "100")), List.of(BookLevel.of("41000", "100")));
    exchange.place(KEY, swapOrder("sell", "10"));

    assertThat(exchange.positions(KEY)).isEmpty();
    // +100 USDT PnL, fees 0.05% of 4000 and of 4100
    assertThat(balance("USDT").available()).isEqualByComparingTo("10095.95");
    assertThat(balance("USDT").frozen()).isEqualByComparingTo("0");
  }

  private Balance balance(String ccy) {
    return exchange.balances(KEY).stream().filter(b -> b.currency().equals(ccy)).findFirst().orElseThrow();
  }

  private static Params swapOrder(String side, String sz) {
    return Params.of(Map.of("instId", "BTC-USDT-SWAP", "tdMode", "cross", "side", side, "ordType", "market", "sz", sz));
  }

  static Params order(String instId, String side, String ordType, String sz, String px) {
    Map<String, String> m = new HashMap<>(Map.of(
        "instId", instId, "tdMode", "cash", "side", side, "ordType", ordType, "sz", sz));
    if (px != null) {
      m.put("px", px);
    }
    return Params.of(m);
  }

  private static Params with(Params p, String name, String value) {
    Map<String, String> m = new HashMap<>(p.asMap());
    m.put(name, value);
    return Params.of(m);
  }
}
