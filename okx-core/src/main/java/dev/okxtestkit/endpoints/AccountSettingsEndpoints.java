package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.exchange.LeverageView;
import dev.okxtestkit.exchange.PositionMode;
import dev.okxtestkit.exchange.PositionSide;
import dev.okxtestkit.exchange.SettingError;
import dev.okxtestkit.exchange.TradeMode;
import dev.okxtestkit.exchange.Tradable;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.protocol.OkxError;
import dev.okxtestkit.protocol.OkxErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The account settings derivatives traders change before they trade: {@code account/set-position-mode},
 * {@code set-leverage} and {@code leverage-info}
 * (https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-position-mode and the sections after it).
 * The catalogue has checked every enum parameter; what is left here is OKX's rules between them.
 */
final class AccountSettingsEndpoints {

  /** OKX: {@code instId} of leverage-info takes up to 20 instruments. */
  static final int MAX_INSTRUMENTS = 20;
  /** OKX: {@code instId} of max-size and max-avail-size takes up to 5 instruments. */
  static final int MAX_SIZE_INSTRUMENTS = 5;
  /** No OKX instrument takes more leverage than this. */
  static final long MAX_LEVERAGE = 125;

  private final Exchange exchange;

  AccountSettingsEndpoints(Exchange exchange) {
    this.exchange = exchange;
  }

  ApiResponse setPositionMode(EndpointCall call) {
    PositionMode mode = PositionMode.fromWire(call.params().getOrEmpty("posMode")).orElseThrow();
    Optional<SettingError> refused = exchange.setPositionMode(call.apiKey(), mode);
    if (refused.isPresent()) {
      return toResponse(refused.get());
    }
    return Envelope.ok(List.of(Map.of("posMode", mode.wire())));
  }

  /** {@code instId} for derivatives (leverage per instrument); {@code ccy} (spot margin) is not simulated. */
  ApiResponse setLeverage(EndpointCall call) {
    Params p = call.params();
    Optional<String> instId = p.get("instId");
    if (instId.isEmpty()) {
      return OkxErrors.parameterEmpty("instId").toResponse();
    }
    Optional<Integer> lever = wholeLever(p.getOrEmpty("lever"));
    if (lever.isEmpty()) {
      return toResponse(SettingError.LEVER);
    }
    TradeMode mgnMode = TradeMode.fromWire(p.getOrEmpty("mgnMode")).orElseThrow();
    PositionSide posSide = PositionSide.fromWire(p.get("posSide").orElse("net")).orElseThrow();
    Optional<SettingError> refused = exchange.setLeverage(call.apiKey(), instId.get(), mgnMode, posSide, lever.get());
    if (refused.isPresent()) {
      return toResponse(refused.get());
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("lever", Integer.toString(lever.get()));
    row.put("mgnMode", mgnMode.wire());
    row.put("instId", instId.get());
    row.put("posSide", posSide.wire());
    return Envelope.ok(List.of(row));
  }

  ApiResponse leverageInfo(EndpointCall call) {
    Set<String> instIds = new LinkedHashSet<>(List.of(call.params().getOrEmpty("instId").split(",")));
    instIds.remove("");
    if (instIds.size() > MAX_INSTRUMENTS) {
      return OkxErrors.parameterError("instId").toResponse();
    }
    TradeMode mgnMode = TradeMode.fromWire(call.params().getOrEmpty("mgnMode")).orElseThrow();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String instId : instIds) {
      if (!exchange.readMarket(m -> m.instrument(instId).isPresent())) {
        return toResponse(SettingError.UNKNOWN_INSTRUMENT);
      }
      for (LeverageView view : exchange.leverage(call.apiKey(), instId, mgnMode)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("instId", view.instId());
        row.put("mgnMode", view.mgnMode().wire());
        row.put("posSide", view.posSide().wire());
        row.put("lever", Integer.toString(view.lever()));
        rows.add(row);
      }
    }
    return Envelope.ok(rows);
  }

  /** {@code account/max-size}: the largest buy and sell, base currency for spot, contracts for derivatives. */
  ApiResponse maxSize(EndpointCall call) {
    return perInstrument(call, t -> row("instId", t.instId(), "ccy", t.ccy(), "maxBuy", Rows.num(t.maxBuy()),
        "maxSell", Rows.num(t.maxSell())));
  }

  /** {@code account/max-avail-size}: the funds available for a buy and for a sell. */
  ApiResponse maxAvailSize(EndpointCall call) {
    return perInstrument(call, t -> row("instId", t.instId(), "availBuy", Rows.num(t.availBuy()),
        "availSell", Rows.num(t.availSell())));
  }

  /** One row per instrument of {@code instId} (up to 5, comma-separated, as OKX takes them). */
  private ApiResponse perInstrument(EndpointCall call, java.util.function.Function<Tradable, Map<String, Object>> row) {
    Params p = call.params();
    Set<String> instIds = new LinkedHashSet<>(List.of(p.getOrEmpty("instId").split(",")));
    instIds.remove("");
    if (instIds.size() > MAX_SIZE_INSTRUMENTS) {
      return OkxErrors.parameterError("instId").toResponse();
    }
    TradeMode tdMode = TradeMode.fromWire(p.getOrEmpty("tdMode")).orElseThrow();
    Optional<Long> leverage = p.get("leverage").map(Long::parseLong);
    if (leverage.isPresent() && (leverage.get() < 1 || leverage.get() > MAX_LEVERAGE)) {
      return OkxErrors.parameterError("leverage").toResponse();
    }
    Optional<Integer> lever = leverage.map(Long::intValue);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String instId : instIds) {
      Optional<Tradable> tradable = exchange.tradable(call.apiKey(), instId, tdMode, p.decimal("px"), lever);
      if (tradable.isEmpty()) {
        return toResponse(SettingError.UNKNOWN_INSTRUMENT);
      }
      rows.add(row.apply(tradable.get()));
    }
    return Envelope.ok(rows);
  }

  private static Map<String, Object> row(String... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  /** Leverage as this simulator keeps it: a whole number (OKX also takes decimals such as 2.5). */
  private static Optional<Integer> wholeLever(String text) {
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static ApiResponse toResponse(SettingError error) {
    // OKX answers a parameter error with 400 and a refused setting with 200, like its other endpoints.
    int status = error.code().equals("51000") ? 400 : 200;
    return new OkxError(error.code(), error.message(), status, OkxError.Shape.ENVELOPE).toResponse();
  }
}
