package dev.okxtestkit.catalogue;

import static dev.okxtestkit.catalogue.ParamSpec.optional;
import static dev.okxtestkit.catalogue.ParamSpec.optionalEnum;
import static dev.okxtestkit.catalogue.ParamSpec.optionalEnumList;
import static dev.okxtestkit.catalogue.ParamSpec.required;
import static dev.okxtestkit.catalogue.ParamSpec.requiredEnumList;
import static dev.okxtestkit.catalogue.ParamSpec.requiredEnum;
import static dev.okxtestkit.catalogue.ParamType.BOOLEAN;
import static dev.okxtestkit.catalogue.ParamType.INTEGER;
import static dev.okxtestkit.catalogue.ParamType.JSON;
import static dev.okxtestkit.catalogue.ParamType.ORDER_PRICE;
import static dev.okxtestkit.catalogue.ParamType.POSITIVE_DECIMAL;
import static dev.okxtestkit.catalogue.RateLimitKey.IP;
import static dev.okxtestkit.catalogue.RateLimitKey.IP_AND_INSTRUMENT_TYPE;
import static dev.okxtestkit.catalogue.RateLimitKey.USER;
import static dev.okxtestkit.catalogue.RateLimitKey.USER_AND_INSTRUMENT;

import dev.okxtestkit.signing.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OKX v5 endpoints the simulator serves, as OKX documents them (https://www.okx.com/docs-v5/en/, each
 * endpoint's section with its parameters and rate limit): the one place
 * that says which endpoints exist, who may call them, how often, and with which parameters.
 */
public final class OkxApi {

  public static final String[] INST_TYPES = {"SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"};
  static final String[] BARS = {
      "1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D", "1W", "1M", "3M",
      "6Hutc", "12Hutc", "1Dutc", "2Dutc", "3Dutc", "1Wutc", "1Mutc", "3Mutc"};
  static final String[] ORD_TYPES = {"market", "limit", "post_only", "fok", "ioc", "optimal_limit_ioc"};
  /** The algo order types the simulator runs (OKX also has iceberg, twap and chase). */
  static final String[] ALGO_ORD_TYPES = {"conditional", "oco", "trigger", "move_order_stop"};
  static final String[] TRIGGER_PX_TYPES = {"last", "index", "mark"};

  private OkxApi() {}

  /** The bars of {@code market/candles}, which the WebSocket candle channels stream too. */
  public static List<String> candleBars() {
    return List.of(BARS);
  }

  /** Every endpoint, in the order of the README table. */
  public static List<EndpointSpec> endpoints() {
    List<EndpointSpec> all = new ArrayList<>();
    all.add(get("/api/v5/public/time", null, RateLimit.of(10, 2, IP)));
    all.add(get("/api/v5/system/status", null, RateLimit.of(1, 5, IP),
        optionalEnum("state", "scheduled", "ongoing", "pre_open", "completed", "canceled")));
    all.add(get("/api/v5/public/instruments", null, RateLimit.of(20, 2, IP_AND_INSTRUMENT_TYPE),
        requiredEnum("instType", INST_TYPES), optional("instFamily"), optional("uly"), optional("instId")));
    all.add(get("/api/v5/market/ticker", null, RateLimit.of(20, 2, IP), required("instId")));
    all.add(get("/api/v5/market/tickers", null, RateLimit.of(20, 2, IP),
        requiredEnum("instType", "SPOT", "SWAP", "FUTURES", "OPTION", "EVENTS"), optional("instFamily"),
        optional("uly")));
    all.add(get("/api/v5/market/books", null, RateLimit.of(40, 2, IP),
        required("instId"), ParamSpec.optional("sz", INTEGER)));
    all.add(get("/api/v5/market/books-full", null, RateLimit.of(10, 2, IP),
        required("instId"), ParamSpec.optional("sz", INTEGER)));
    all.add(get("/api/v5/market/trades", null, RateLimit.of(100, 2, IP), required("instId"),
        ParamSpec.optional("limit", INTEGER)));
    all.add(get("/api/v5/market/candles", null, RateLimit.of(40, 2, IP), candleParams(BARS)));
    all.add(get("/api/v5/market/history-candles", null, RateLimit.of(20, 2, IP),
        candleParams(withSecond(BARS))));
    all.add(get("/api/v5/public/funding-rate", null, RateLimit.of(10, 2, IP), required("instId")));
    all.add(get("/api/v5/public/funding-rate-history", null, RateLimit.of(10, 2, IP), required("instId"),
        ParamSpec.optional("before", INTEGER), ParamSpec.optional("after", INTEGER),
        ParamSpec.optional("limit", INTEGER)));
    all.add(get("/api/v5/public/mark-price", null, RateLimit.of(10, 2, IP),
        requiredEnum("instType", "MARGIN", "SWAP", "FUTURES", "OPTION"), optional("uly"), optional("instFamily"),
        optional("instId")));
    all.add(get("/api/v5/public/position-tiers", null, RateLimit.of(10, 2, IP),
        requiredEnum("instType", "MARGIN", "SWAP", "FUTURES", "OPTION"), requiredEnum("tdMode", "cross", "isolated"),
        optional("uly"), optional("instFamily"), optional("instId"), optional("ccy"), optional("tier")));
    all.add(get("/api/v5/market/index-tickers", null, RateLimit.of(20, 2, IP), optional("quoteCcy"),
        optional("instId")));
    all.add(get("/api/v5/market/mark-price-candles", null, RateLimit.of(40, 2, IP), candleParams(BARS)));
    all.add(get("/api/v5/market/history-mark-price-candles", null, RateLimit.of(10, 2, IP), candleParams(BARS)));
    all.add(get("/api/v5/market/index-candles", null, RateLimit.of(20, 2, IP), candleParams(BARS)));
    all.add(get("/api/v5/market/history-index-candles", null, RateLimit.of(10, 2, IP), candleParams(BARS)));
    all.add(get("/api/v5/account/balance", Permission.READ_ONLY, RateLimit.of(10, 2, USER), optional("ccy")));
    all.add(get("/api/v5/account/config", Permission.READ_ONLY, RateLimit.of(5, 2, USER)));
    all.add(get("/api/v5/account/trade-fee", Permission.READ_ONLY, RateLimit.of(5, 2, USER),
        requiredEnum("instType", "SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"), optional("instId"),
        optional("uly"), optional("instFamily"), optionalEnum("ruleType", "normal", "pre_market")));
    all.add(get("/api/v5/account/positions", Permission.READ_ONLY, RateLimit.of(10, 2, USER),
        optionalEnum("instType", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"), optional("instId"),
        optional("posId")));
    all.add(get("/api/v5/account/account-position-risk", Permission.READ_ONLY, RateLimit.of(10, 2, USER),
        optionalEnum("instType", "MARGIN", "SWAP", "FUTURES", "OPTION")));
    all.add(get("/api/v5/account/bills", Permission.READ_ONLY, RateLimit.of(5, 1, USER), billParams()));
    // The simulator keeps less than OKX's 7 days of bills, so the archive (3 months) holds the same ones.
    all.add(get("/api/v5/account/bills-archive", Permission.READ_ONLY, RateLimit.of(5, 2, USER), billParams()));
    all.add(post("/api/v5/account/set-position-mode", BodyShape.OBJECT, 1, RateLimit.of(5, 2, USER),
        requiredEnum("posMode", "long_short_mode", "net_mode")));
    all.add(post("/api/v5/account/set-leverage", BodyShape.OBJECT, 1, RateLimit.of(20, 2, USER),
        optional("instId"), optional("ccy"), required("lever", POSITIVE_DECIMAL),
        requiredEnum("mgnMode", "cross", "isolated"), optionalEnum("posSide", "long", "short", "net")));
    all.add(get("/api/v5/account/leverage-info", Permission.READ_ONLY, RateLimit.of(20, 2, USER),
        required("instId"), requiredEnum("mgnMode", "cross", "isolated")));
    all.add(get("/api/v5/account/max-size", Permission.READ_ONLY, RateLimit.of(20, 2, USER), required("instId"),
        requiredEnum("tdMode", "cash", "cross", "isolated", "spot_isolated"), optional("ccy"),
        ParamSpec.optional("px", POSITIVE_DECIMAL), ParamSpec.optional("leverage", INTEGER)));
    all.add(get("/api/v5/account/max-avail-size", Permission.READ_ONLY, RateLimit.of(20, 2, USER),
        required("instId"), requiredEnum("tdMode", "cash", "cross", "isolated", "spot_isolated"), optional("ccy"),
        ParamSpec.optional("reduceOnly", BOOLEAN), ParamSpec.optional("px", POSITIVE_DECIMAL)));
    all.add(get("/api/v5/asset/balances", Permission.READ_ONLY, RateLimit.of(6, 1, USER), optional("ccy")));
    all.add(get("/api/v5/asset/currencies", Permission.READ_ONLY, RateLimit.of(6, 1, USER), optional("ccy")));
    all.add(post("/api/v5/asset/transfer", BodyShape.OBJECT, 1, RateLimit.of(2, 1, USER), required("ccy"),
        required("amt", POSITIVE_DECIMAL), requiredEnum("from", "6", "18"), requiredEnum("to", "6", "18"),
        optionalEnum("type", "0", "1", "2", "3", "4"), optional("subAcct"), ParamSpec.optional("loanTrans", BOOLEAN),
        ParamSpec.optional("omitPosRisk", BOOLEAN), optional("clientId")));
    all.add(new EndpointSpec("POST", "/api/v5/asset/withdrawal", Optional.of(Permission.WITHDRAW),
        RateLimit.of(6, 1, USER), BodyShape.OBJECT, List.of(required("ccy"), required("amt", POSITIVE_DECIMAL),
            requiredEnum("dest", "3", "4"), required("toAddr"), optional("chain"), optional("areaCode"),
            optional("clientId"), ParamSpec.optional("rcvrInfo", JSON)), 1));
    all.add(get("/api/v5/asset/deposit-address", Permission.READ_ONLY, RateLimit.of(6, 1, USER), required("ccy")));
    all.add(post("/api/v5/trade/order", BodyShape.OBJECT, 1, RateLimit.of(60, 2, USER_AND_INSTRUMENT),
        placeParams()));
    all.add(post("/api/v5/trade/batch-orders", BodyShape.ARRAY, 20,
        RateLimit.ordersOf(300, 2, USER_AND_INSTRUMENT), placeParams()));
    all.add(post("/api/v5/trade/cancel-order", BodyShape.OBJECT, 1, RateLimit.of(60, 2, USER_AND_INSTRUMENT),
        cancelParams()));
    all.add(post("/api/v5/trade/cancel-batch-orders", BodyShape.ARRAY, 20,
        RateLimit.ordersOf(300, 2, USER_AND_INSTRUMENT), cancelParams()));
    all.add(post("/api/v5/trade/amend-order", BodyShape.OBJECT, 1, RateLimit.of(60, 2, USER_AND_INSTRUMENT),
        amendParams()));
    all.add(post("/api/v5/trade/amend-batch-orders", BodyShape.ARRAY, 20,
        RateLimit.ordersOf(300, 2, USER_AND_INSTRUMENT), amendParams()));
    // Mass cancel is OKX's market-maker kill switch for options; the simulator lists none, so it answers true.
    all.add(post("/api/v5/trade/mass-cancel", BodyShape.OBJECT, 1, RateLimit.of(5, 2, USER),
        requiredEnum("instType", "OPTION"), required("instFamily"), ParamSpec.optional("lockInterval", INTEGER)));
    all.add(post("/api/v5/trade/cancel-all-after", BodyShape.OBJECT, 1, RateLimit.of(1, 1, USER),
        required("timeOut", INTEGER), optional("tag")));
    all.add(get("/api/v5/trade/order", Permission.READ_ONLY, RateLimit.of(60, 2, USER_AND_INSTRUMENT),
        required("instId"), optional("ordId"), optional("clOrdId")));
    all.add(get("/api/v5/trade/orders-pending", Permission.READ_ONLY, RateLimit.of(60, 2, USER),
        optionalEnum("instType", INST_TYPES), optional("instFamily"), optional("instId"),
        optionalEnumList("ordType", ORD_TYPES), optionalEnum("state", "live", "partially_filled"),
        ParamSpec.optional("after", INTEGER), ParamSpec.optional("before", INTEGER),
        ParamSpec.optional("limit", INTEGER)));
    all.add(get("/api/v5/trade/orders-history", Permission.READ_ONLY, RateLimit.of(40, 2, USER),
        historyParams(optionalEnum("state", "canceled", "filled", "mmp_canceled"),
            optionalEnumList("ordType", ORD_TYPES))));
    // The simulator keeps less history than OKX's 7 days, so the archive (3 months) holds the same orders.
    all.add(get("/api/v5/trade/orders-history-archive", Permission.READ_ONLY, RateLimit.of(20, 2, USER),
        historyParams(optionalEnum("state", "canceled", "filled", "mmp_canceled"),
            optionalEnumList("ordType", ORD_TYPES))));
    all.add(post("/api/v5/trade/order-algo", BodyShape.OBJECT, 1, RateLimit.of(20, 2, USER_AND_INSTRUMENT),
        algoParams()));
    all.add(post("/api/v5/trade/cancel-algos", BodyShape.ARRAY, 10, RateLimit.ordersOf(20, 2, USER_AND_INSTRUMENT),
        required("instId"), optional("algoId"), optional("algoClOrdId")));
    all.add(post("/api/v5/trade/amend-algos", BodyShape.OBJECT, 1, RateLimit.of(20, 2, USER_AND_INSTRUMENT),
        required("instId"), optional("algoId"), optional("algoClOrdId"), ParamSpec.optional("cxlOnFail", BOOLEAN),
        optional("reqId"), ParamSpec.optional("newSz", POSITIVE_DECIMAL),
        ParamSpec.optional("newTpTriggerPx", POSITIVE_DECIMAL), ParamSpec.optional("newTpOrdPx", ORDER_PRICE),
        optionalEnum("newTpTriggerPxType", TRIGGER_PX_TYPES),
        ParamSpec.optional("newSlTriggerPx", POSITIVE_DECIMAL), ParamSpec.optional("newSlOrdPx", ORDER_PRICE),
        optionalEnum("newSlTriggerPxType", TRIGGER_PX_TYPES),
        ParamSpec.optional("newTriggerPx", POSITIVE_DECIMAL), ParamSpec.optional("newOrdPx", ORDER_PRICE),
        optionalEnum("newTriggerPxType", TRIGGER_PX_TYPES)));
    all.add(get("/api/v5/trade/order-algo", Permission.READ_ONLY, RateLimit.of(20, 2, USER),
        optional("algoId"), optional("algoClOrdId")));
    all.add(get("/api/v5/trade/orders-algo-pending", Permission.READ_ONLY, RateLimit.of(20, 2, USER),
        requiredEnumList("ordType", ALGO_ORD_TYPES), optional("algoId"), optionalEnum("instType", INST_TYPES),
        optional("instId"), ParamSpec.optional("after", INTEGER), ParamSpec.optional("before", INTEGER),
        ParamSpec.optional("limit", INTEGER)));
    all.add(get("/api/v5/trade/orders-algo-history", Permission.READ_ONLY, RateLimit.of(20, 2, USER),
        requiredEnumList("ordType", ALGO_ORD_TYPES), optionalEnum("state", "effective", "canceled", "order_failed"),
        optional("algoId"), optionalEnum("instType", INST_TYPES), optional("instId"),
        ParamSpec.optional("after", INTEGER), ParamSpec.optional("before", INTEGER),
        ParamSpec.optional("limit", INTEGER)));
    all.add(get("/api/v5/trade/fills", Permission.READ_ONLY, RateLimit.of(60, 2, USER),
        optionalEnum("instType", INST_TYPES), optional("instFamily"), optional("instId"), optional("ordId"),
        ParamSpec.optional("after", INTEGER), ParamSpec.optional("before", INTEGER),
        ParamSpec.optional("begin", INTEGER), ParamSpec.optional("end", INTEGER),
        ParamSpec.optional("limit", INTEGER)));
    all.add(get("/api/v5/trade/fills-history", Permission.READ_ONLY, RateLimit.of(10, 2, USER),
        historyParams(optional("ordId"), optional("subType"))));
    return List.copyOf(all);
  }

  private static ParamSpec[] candleParams(String[] bars) {
    return new ParamSpec[] {
        required("instId"), optionalEnum("bar", bars), ParamSpec.optional("after", INTEGER),
        ParamSpec.optional("before", INTEGER), ParamSpec.optional("limit", INTEGER)};
  }

  private static ParamSpec[] placeParams() {
    return new ParamSpec[] {
        required("instId"),
        requiredEnum("tdMode", "cash", "cross", "isolated", "spot_isolated"),
        requiredEnum("side", "buy", "sell"),
        requiredEnum("ordType", ORD_TYPES),
        required("sz", POSITIVE_DECIMAL),
        ParamSpec.optional("px", POSITIVE_DECIMAL),
        optional("clOrdId"),
        optional("tag"),
        optionalEnum("posSide", "net", "long", "short"),
        optionalEnum("tgtCcy", "base_ccy", "quote_ccy"),
        ParamSpec.optional("reduceOnly", BOOLEAN),
        ParamSpec.optional("banAmend", BOOLEAN),
        optionalEnum("stpMode", "cancel_maker", "cancel_taker", "cancel_both"),
        ParamSpec.optional("attachAlgoOrds", JSON)};
  }

  private static ParamSpec[] billParams() {
    return new ParamSpec[] {
        optionalEnum("instType", "SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"), optional("instId"),
        optional("ccy"), optionalEnum("mgnMode", "isolated", "cross"), optionalEnum("ctType", "linear", "inverse"),
        optional("type"), optional("subType"), ParamSpec.optional("after", INTEGER),
        ParamSpec.optional("before", INTEGER), ParamSpec.optional("begin", INTEGER),
        ParamSpec.optional("end", INTEGER), ParamSpec.optional("limit", INTEGER)};
  }

  private static ParamSpec[] algoParams() {
    return new ParamSpec[] {
        required("instId"),
        requiredEnum("tdMode", "cash", "cross", "isolated", "spot_isolated"),
        requiredEnum("side", "buy", "sell"),
        requiredEnum("ordType", ALGO_ORD_TYPES),
        ParamSpec.optional("sz", POSITIVE_DECIMAL),
        optionalEnum("posSide", "net", "long", "short"),
        optionalEnum("tgtCcy", "base_ccy", "quote_ccy"),
        optional("algoClOrdId"),
        optional("tag"),
        ParamSpec.optional("reduceOnly", BOOLEAN),
        optionalEnum("closeFraction", "1"),
        ParamSpec.optional("tpTriggerPx", POSITIVE_DECIMAL),
        ParamSpec.optional("tpOrdPx", ORDER_PRICE),
        optionalEnum("tpTriggerPxType", TRIGGER_PX_TYPES),
        ParamSpec.optional("slTriggerPx", POSITIVE_DECIMAL),
        ParamSpec.optional("slOrdPx", ORDER_PRICE),
        optionalEnum("slTriggerPxType", TRIGGER_PX_TYPES),
        ParamSpec.optional("triggerPx", POSITIVE_DECIMAL),
        ParamSpec.optional("orderPx", ORDER_PRICE),
        optionalEnum("triggerPxType", TRIGGER_PX_TYPES),
        ParamSpec.optional("callbackRatio", POSITIVE_DECIMAL),
        ParamSpec.optional("callbackSpread", POSITIVE_DECIMAL),
        ParamSpec.optional("activePx", POSITIVE_DECIMAL)};
  }

  private static ParamSpec[] amendParams() {
    return new ParamSpec[] {
        required("instId"), optional("ordId"), optional("clOrdId"), ParamSpec.optional("newSz", POSITIVE_DECIMAL),
        ParamSpec.optional("newPx", POSITIVE_DECIMAL), ParamSpec.optional("cxlOnFail", BOOLEAN), optional("reqId")};
  }

  private static ParamSpec[] cancelParams() {
    return new ParamSpec[] {required("instId"), optional("ordId"), optional("clOrdId")};
  }

  private static ParamSpec[] historyParams(ParamSpec... extra) {
    List<ParamSpec> params = new ArrayList<>(List.of(
        requiredEnum("instType", INST_TYPES), optional("instFamily"), optional("instId"),
        ParamSpec.optional("after", INTEGER), ParamSpec.optional("before", INTEGER),
        ParamSpec.optional("begin", INTEGER), ParamSpec.optional("end", INTEGER),
        ParamSpec.optional("limit", INTEGER)));
    params.addAll(List.of(extra));
    return params.toArray(ParamSpec[]::new);
  }

  private static String[] withSecond(String[] bars) {
    String[] all = new String[bars.length + 1];
    all[0] = "1s";
    System.arraycopy(bars, 0, all, 1, bars.length);
    return all;
  }

  private static EndpointSpec get(String path, Permission permission, RateLimit limit, ParamSpec... params) {
    return new EndpointSpec("GET", path, Optional.ofNullable(permission), limit, BodyShape.QUERY,
        List.of(params), 1);
  }

  private static EndpointSpec post(
      String path, BodyShape shape, int maxItems, RateLimit limit, ParamSpec... params) {
    return new EndpointSpec("POST", path, Optional.of(Permission.TRADE), limit, shape, List.of(params),
        maxItems);
  }
}
