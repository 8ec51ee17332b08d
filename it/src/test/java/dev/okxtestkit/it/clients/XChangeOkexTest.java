package dev.okxtestkit.it.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.junit.OkxSimulator;
import dev.okxtestkit.junit.OkxSimulatorHandle;
import dev.okxtestkit.market.Side;
import dev.okxtestkit.signing.OkxCredentials;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeFactory;
import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.currency.Currency;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.dto.marketdata.OrderBook;
import org.knowm.xchange.dto.marketdata.Ticker;
import org.knowm.xchange.dto.trade.LimitOrder;
import org.knowm.xchange.dto.trade.MarketOrder;
import org.knowm.xchange.exceptions.ExchangeException;
import org.knowm.xchange.derivative.FuturesContract;
import org.knowm.xchange.instrument.Instrument;
import org.knowm.xchange.okex.OkexExchange;
import org.knowm.xchange.okex.dto.OkexException;
import org.knowm.xchange.okex.dto.OkexResponse;
import org.knowm.xchange.okex.dto.account.OkexBillDetails;
import org.knowm.xchange.okex.dto.account.OkexPosition;
import org.knowm.xchange.okex.dto.account.OkexSetLeverageResponse;
import org.knowm.xchange.okex.dto.trade.OkexTradeParams;
import org.knowm.xchange.okex.service.OkexAccountServiceRaw;
import org.knowm.xchange.okex.service.OkexTradeServiceRaw;
import org.knowm.xchange.service.trade.params.orders.DefaultOpenOrdersParamInstrument;

/**
 * XChange's OKX module (xchange-okex), unchanged, against the simulator: configured as a user would
 * for OKX's demo trading, with only the base URL pointing at the simulator.
 */
@OkxSimulator
class XChangeOkexTest {

  // Typed as Instrument: xchange-okex implements the Instrument overloads, not the CurrencyPair ones.
  private static final Instrument BTC_USDT = CurrencyPair.BTC_USDT;
  private static final Instrument BTC_USDT_SWAP = new FuturesContract("BTC/USDT/SWAP");

  @Test
  void readsTickerOrderBookAndBalance(OkxSimulatorHandle okx) throws Exception {
    Exchange exchange = connect(okx.baseUrl(), okx.credentials(), true);

    Ticker ticker = exchange.getMarketDataService().getTicker(BTC_USDT);
    OrderBook book = exchange.getMarketDataService().getOrderBook(BTC_USDT);
    BigDecimal usdt = tradingBalance(exchange, Currency.USDT);

    assertThat(ticker.getLast()).isEqualByComparingTo("43000");
    assertThat(ticker.getAsk()).isGreaterThan(ticker.getBid());
    assertThat(book.getAsks()).isNotEmpty();
    assertThat(book.getAsks().get(0).getLimitPrice()).isEqualByComparingTo(ticker.getAsk());
    assertThat(book.getBids().get(0).getLimitPrice()).isEqualByComparingTo(ticker.getBid());
    assertThat(usdt).isEqualByComparingTo("10000");
    assertThat(exchange.getExchangeMetaData().getInstruments()).containsKey(CurrencyPair.BTC_USDT);
  }

  @Test
  void placesFindsAndCancelsALimitOrder(OkxSimulatorHandle okx) throws Exception {
    Exchange exchange = connect(okx.baseUrl(), okx.credentials(), true);

    String orderId = exchange.getTradeService().placeLimitOrder(new LimitOrder.Builder(Order.OrderType.BID, BTC_USDT)
        .originalAmount(new BigDecimal("0.01")).limitPrice(new BigDecimal("30000")).build());

    List<LimitOrder> open = exchange.getTradeService()
        .getOpenOrders(new DefaultOpenOrdersParamInstrument(BTC_USDT)).getOpenOrders();
    assertThat(open).extracting(Order::getId).containsExactly(orderId);
    assertThat(tradingBalance(exchange, Currency.USDT)).isEqualByComparingTo("9700"); // 300 frozen

    boolean cancelled = exchange.getTradeService()
        .cancelOrder(new OkexTradeParams.OkexCancelOrderParams(BTC_USDT, orderId));

    assertThat(cancelled).isTrue();
    assertThat(exchange.getTradeService().getOpenOrders().getOpenOrders()).isEmpty();
    assertThat(tradingBalance(exchange, Currency.USDT)).isEqualByComparingTo("10000");
  }

  @Test
  void aMarketOrderFillsAndTheBalanceChanges(OkxSimulatorHandle okx) throws Exception {
    Exchange exchange = connect(okx.baseUrl(), okx.credentials(), true);

    exchange.getTradeService().placeMarketOrder(new MarketOrder.Builder(Order.OrderType.ASK, BTC_USDT)
        .originalAmount(new BigDecimal("0.1")).build());

    assertThat(tradingBalance(exchange, Currency.BTC)).isEqualByComparingTo("0.9");
    assertThat(tradingBalance(exchange, Currency.USDT)).isGreaterThan(new BigDecimal("14000"));
    assertThat(okx.fills()).singleElement().satisfies(fill -> {
      assertThat(fill.side()).isEqualTo(Side.SELL);
      assertThat(fill.fillSz()).isEqualByComparingTo("0.1");
    });
  }

  @Test
  void setsLeverageTradesASwapAndReadsThePositionAndTheBills(OkxSimulatorHandle okx) throws Exception {
    Exchange exchange = connect(okx.baseUrl(), okx.credentials(), true);
    OkexAccountServiceRaw account = (OkexAccountServiceRaw) exchange.getAccountService();

    OkexResponse<List<OkexSetLeverageResponse>> lever = account.setLeverage("BTC-USDT-SWAP", null, "20", "cross", null);
    exchange.getTradeService().placeMarketOrder(new MarketOrder.Builder(Order.OrderType.BID, BTC_USDT_SWAP)
        .originalAmount(new BigDecimal("2")).build());

    assertThat(lever.getData()).singleElement().satisfies(l -> {
      assertThat(l.getLeverage()).isEqualTo("20");
      assertThat(l.getMarginMode()).isEqualTo("cross");
    });
    List<OkexPosition> positions = ((OkexTradeServiceRaw) exchange.getTradeService())
        .getPositions("SWAP", "BTC-USDT-SWAP", null).getData();
    assertThat(positions).singleElement().satisfies(p -> {
      assertThat(p.getInstrumentId()).isEqualTo("BTC-USDT-SWAP");
      assertThat(p.getPosition()).isPositive();
      assertThat(p.getMarginMode()).isEqualTo("cross");
    });
    assertThat(okx.positions()).singleElement()
        .satisfies(p -> assertThat(p.lever()).isEqualTo(20));
    List<OkexBillDetails> bills = account.getBills("SWAP", null, null, null, null, null, null, null, null, null, null)
        .getData();
    assertThat(bills).isNotEmpty().allSatisfy(bill -> { // one per fill
      assertThat(bill.getBillType()).isEqualTo("2");
      assertThat(bill.getBillSubType()).isEqualTo("3"); // open long
      assertThat(bill.getCurrency()).isEqualTo("USDT");
    });
  }

  @Test
  void aWrongSecretSurfacesAsXChangesErrorWithCode50113(OkxSimulatorHandle okx) {
    OkxCredentials key = okx.credentials();
    OkxCredentials wrongSecret = OkxCredentials.of(key.apiKey(), "0123456789ABCDEF0123456789ABCDEF", key.passphrase());
    Exchange exchange = connect(okx.baseUrl(), wrongSecret, false);

    ExchangeException error = catchThrowableOfType(ExchangeException.class,
        () -> exchange.getAccountService().getAccountInfo());

    assertThat(error.getCause()).isInstanceOf(OkexException.class);
    OkexException okex = (OkexException) error.getCause();
    assertThat(okex.getCode()).isEqualTo(50113);
    assertThat(okex.getMessage()).isEqualTo("Invalid Sign");
    assertThat(okex.getHttpStatusCode()).isEqualTo(401);
    // Provoked on purpose: taken, so @OkxSimulator does not fail the test for it.
    assertThat(okx.consumeAuthFailures()).extracting(AuthFailure::code).containsOnly("50113");
  }

  private static Exchange connect(String baseUrl, OkxCredentials key, boolean loadMetaData) {
    ExchangeSpecification spec = new ExchangeSpecification(OkexExchange.class);
    spec.setSslUri(baseUrl);
    spec.setApiKey(key.apiKey());
    spec.setSecretKey(key.secretKey());
    spec.setExchangeSpecificParametersItem(OkexExchange.PARAM_PASSPHRASE, key.passphrase());
    spec.setExchangeSpecificParametersItem(OkexExchange.PARAM_SIMULATED, "1"); // demo trading; a String
    spec.setShouldLoadRemoteMetaData(loadMetaData);
    return ExchangeFactory.INSTANCE.createExchange(spec);
  }

  private static BigDecimal tradingBalance(Exchange exchange, Currency currency) throws Exception {
    return exchange.getAccountService().getAccountInfo().getWallet("trading").getBalance(currency).getAvailable();
  }
}
