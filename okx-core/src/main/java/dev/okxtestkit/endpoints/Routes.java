package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.EndpointSpec;
import dev.okxtestkit.catalogue.OkxApi;
import dev.okxtestkit.exchange.Exchange;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Joins the catalogue's endpoint specs to the code that answers them. Immutable. */
public final class Routes {

  /** Prefix of every OKX REST path. */
  public static final String API_PREFIX = "/api/v5/";

  private final Map<String, Route> byPath = new HashMap<>();

  public Routes(Exchange exchange, Clock clock) {
    PublicEndpoints pub = new PublicEndpoints(exchange, clock);
    MarketEndpoints market = new MarketEndpoints(exchange, clock);
    AccountEndpoints account = new AccountEndpoints(exchange, clock);
    AccountSettingsEndpoints settings = new AccountSettingsEndpoints(exchange);
    BillsEndpoints bills = new BillsEndpoints(exchange);
    AlgoEndpoints algos = new AlgoEndpoints(exchange, clock);
    DerivativesMarketEndpoints derivatives = new DerivativesMarketEndpoints(exchange, clock);
    AssetEndpoints asset = new AssetEndpoints(exchange);
    TradeEndpoints trade = new TradeEndpoints(exchange, clock);
    Map<String, EndpointHandler> handlers = Map.ofEntries(
        Map.entry("/api/v5/public/time", pub::time),
        Map.entry("/api/v5/public/instruments", pub::instruments),
        Map.entry("/api/v5/system/status", pub::systemStatus),
        Map.entry("/api/v5/market/ticker", market::ticker),
        Map.entry("/api/v5/market/tickers", market::tickers),
        Map.entry("/api/v5/market/books", market::books),
        Map.entry("/api/v5/market/books-full", market::booksFull),
        Map.entry("/api/v5/market/trades", market::trades),
        Map.entry("/api/v5/market/candles", market::candles),
        Map.entry("/api/v5/market/index-tickers", derivatives::indexTickers),
        Map.entry("/api/v5/market/mark-price-candles", derivatives::markPriceCandles),
        Map.entry("/api/v5/market/history-mark-price-candles", derivatives::markPriceCandles),
        Map.entry("/api/v5/market/index-candles", derivatives::indexCandles),
        Map.entry("/api/v5/market/history-index-candles", derivatives::indexCandles),
        Map.entry("/api/v5/public/funding-rate", derivatives::fundingRate),
        Map.entry("/api/v5/public/funding-rate-history", derivatives::fundingRateHistory),
        Map.entry("/api/v5/public/mark-price", derivatives::markPrice),
        Map.entry("/api/v5/public/position-tiers", derivatives::positionTiers),
        Map.entry("/api/v5/market/history-candles", market::candles),
        Map.entry("/api/v5/account/balance", account::balance),
        Map.entry("/api/v5/account/config", account::config),
        Map.entry("/api/v5/account/trade-fee", account::tradeFee),
        Map.entry("/api/v5/account/positions", account::positions),
        Map.entry("/api/v5/account/account-position-risk", account::positionRisk),
        Map.entry("/api/v5/account/bills", bills::bills),
        Map.entry("/api/v5/account/bills-archive", bills::bills),
        Map.entry("/api/v5/account/set-position-mode", settings::setPositionMode),
        Map.entry("/api/v5/account/set-leverage", settings::setLeverage),
        Map.entry("/api/v5/account/leverage-info", settings::leverageInfo),
        Map.entry("/api/v5/account/max-size", settings::maxSize),
        Map.entry("/api/v5/account/max-avail-size", settings::maxAvailSize),
        Map.entry("/api/v5/asset/balances", asset::balances),
        Map.entry("/api/v5/asset/currencies", asset::currencies),
        Map.entry("/api/v5/asset/transfer", asset::transfer),
        Map.entry("/api/v5/asset/withdrawal", asset::notInDemo),
        Map.entry("/api/v5/asset/deposit-address", asset::notInDemo),
        Map.entry("/api/v5/trade/order",
            call -> call.spec().method().equals("GET") ? trade.order(call) : trade.place(call)),
        Map.entry("/api/v5/trade/batch-orders", trade::place),
        Map.entry("/api/v5/trade/cancel-order", trade::cancel),
        Map.entry("/api/v5/trade/cancel-batch-orders", trade::cancel),
        Map.entry("/api/v5/trade/amend-order", trade::amend),
        Map.entry("/api/v5/trade/amend-batch-orders", trade::amend),
        Map.entry("/api/v5/trade/mass-cancel", trade::massCancel),
        Map.entry("/api/v5/trade/cancel-all-after", trade::cancelAllAfter),
        Map.entry("/api/v5/trade/orders-pending", trade::pending),
        Map.entry("/api/v5/trade/orders-history", trade::history),
        Map.entry("/api/v5/trade/orders-history-archive", trade::history),
        Map.entry("/api/v5/trade/order-algo",
            call -> call.spec().method().equals("GET") ? algos.order(call) : algos.place(call)),
        Map.entry("/api/v5/trade/cancel-algos", algos::cancel),
        Map.entry("/api/v5/trade/amend-algos", algos::amend),
        Map.entry("/api/v5/trade/orders-algo-pending", algos::pending),
        Map.entry("/api/v5/trade/orders-algo-history", algos::history),
        Map.entry("/api/v5/trade/fills", trade::fills),
        Map.entry("/api/v5/trade/fills-history", trade::fills));
    for (EndpointSpec spec : OkxApi.endpoints()) {
      EndpointHandler handler = handlers.get(spec.path());
      if (handler == null) {
        throw new IllegalStateException("no handler for " + spec.method() + " " + spec.path());
      }
      byPath.computeIfAbsent(spec.path(), p -> new Route(new HashMap<>())).byMethod().put(spec.method(),
          new Endpoint(spec, handler));
    }
  }

  /** The endpoints under a path, by method; empty for a path the simulator does not serve. */
  public Optional<Route> find(String path) {
    return Optional.ofNullable(byPath.get(path));
  }


  /** Whether OKX treats the path as private: everything under /api/v5 except public/, market/ and system/. */
  public static boolean isPrivatePath(String path) {
    return path.startsWith(API_PREFIX)
        && !path.startsWith(API_PREFIX + "public/")
        && !path.startsWith(API_PREFIX + "market/")
        && !path.startsWith(API_PREFIX + "system/");
  }

  /** The methods served on one path. */
  public record Route(Map<String, Endpoint> byMethod) {
    public Optional<Endpoint> forMethod(String method) {
      return Optional.ofNullable(byMethod.get(method.toUpperCase(java.util.Locale.ROOT)));
    }
  }

  /** One endpoint: what OKX says about it and what answers it. */
  public record Endpoint(EndpointSpec spec, EndpointHandler handler) {}
}
