package dev.okxtestkit.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.faults.FaultAction;
import dev.okxtestkit.faults.FaultRule;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Json;
import dev.okxtestkit.signing.CredentialsGenerator;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxTimestamps;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The control API behind {@code /__admin/okx/...}: JSON in, JSON out, for tests in any language.
 * Every bad command gets HTTP 400 with {@code {"error": "..."}}; none changes state half-way.
 */
public final class AdminCommands {

  private final OkxSimulation simulation;
  private final CredentialsGenerator generator = new CredentialsGenerator();

  public AdminCommands(OkxSimulation simulation) {
    this.simulation = simulation;
  }

  /** {@code POST /okx/credentials}: registers a key; missing strings are generated. */
  public ApiResponse addCredentials(String body) {
    return run(body, json -> {
      OkxCredentials generated = generator.next();
      Optional<String> permissions = text(json, "permissions");
      OkxCredentials key = new OkxCredentials(
          text(json, "apiKey").orElse(generated.apiKey()),
          text(json, "secretKey").orElse(generated.secretKey()),
          text(json, "passphrase").orElse(generated.passphrase()),
          permissions.map(Permission::parseList).orElse(EnumSet.of(Permission.READ_ONLY, Permission.TRADE)),
          text(json, "environment").map(Environment::parse).orElse(Environment.DEMO),
          text(json, "allowedIps").map(ips -> List.of(ips.split(","))).orElse(List.of()));
      simulation.credentials().put(key);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("apiKey", key.apiKey());
      result.put("secretKey", key.secretKey());
      result.put("passphrase", key.passphrase());
      result.put("permissions", Permission.okxList(key.permissions()));
      result.put("environment", key.environment().name().toLowerCase(java.util.Locale.ROOT));
      return ok(result);
    });
  }

  /** {@code POST /okx/markets/{instId}/price}: {@code {"price":"41000"}}. */
  public ApiResponse setPrice(String instId, String body) {
    return run(body, json -> {
      simulation.exchange().setPrice(instId, positive(json, "price"));
      return ok(Map.of("instId", instId, "price", json.get("price").asText()));
    });
  }

  /** {@code POST /okx/markets/{instId}/book}: {@code {"bids":[["41000","1"]],"asks":[["41010","2"]]}}. */
  public ApiResponse setBook(String instId, String body) {
    return run(body, json -> {
      simulation.exchange().setBook(instId, levels(json, "bids"), levels(json, "asks"));
      return ok(Map.of("instId", instId));
    });
  }

  /** {@code POST /okx/markets/{instId}/state}: {@code {"state":"suspend"}} (live, suspend, preopen). */
  public ApiResponse setInstrumentState(String instId, String body) {
    return run(body, json -> {
      String state = text(json, "state").orElseThrow(() -> new IllegalArgumentException("state is required"));
      if (!List.of("live", "suspend", "preopen").contains(state)) {
        throw new IllegalArgumentException("state must be live, suspend or preopen");
      }
      simulation.exchange().setInstrumentState(instId, state);
      return ok(Map.of("instId", instId, "state", state));
    });
  }

  /** {@code POST /okx/accounts/{apiKey}/balances}: {@code {"USDT":"5000","BTC":"0"}} sets available amounts. */
  public ApiResponse setBalances(String apiKey, String body) {
    return run(body, json -> {
      Map<String, BigDecimal> amounts = new LinkedHashMap<>();
      json.fields().forEachRemaining(f -> amounts.put(f.getKey(), decimal(f.getValue(), f.getKey())));
      amounts.forEach((ccy, amount) -> simulation.exchange().setBalance(apiKey, ccy, amount));
      return ok(Map.of("apiKey", apiKey));
    });
  }

  /** {@code POST /okx/accounts/{apiKey}/reset}: back to the initial balances, no orders. */
  public ApiResponse resetAccount(String apiKey) {
    simulation.exchange().resetAccount(apiKey);
    return ok(Map.of("apiKey", apiKey));
  }

  /** {@code POST /okx/reset}: every account, fault, rate-limit window and recorded failure. */
  public ApiResponse resetAll() {
    simulation.exchange().resetAllAccounts();
    simulation.faults().clear();
    simulation.rateLimiter().reset();
    simulation.authFailures().clear();
    return ok(Map.of("reset", true));
  }

  /** {@code GET /okx/auth-failures} (optionally for one key). */
  public ApiResponse authFailures(Optional<String> apiKey) {
    List<AuthFailure> failures = apiKey.map(simulation.authFailures()::forApiKey)
        .orElseGet(simulation.authFailures()::all);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AuthFailure f : failures) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("at", OkxTimestamps.format(f.at()));
      row.put("method", f.method());
      row.put("target", f.target());
      row.put("apiKey", f.apiKey());
      row.put("code", f.code());
      row.put("msg", f.message());
      row.put("httpStatus", f.httpStatus());
      row.put("diagnosis", Map.of("id", f.diagnosis().id(), "message", f.diagnosis().message()));
      rows.add(row);
    }
    return ok(Map.of("authFailures", rows));
  }

  public ApiResponse clearAuthFailures() {
    simulation.authFailures().clear();
    return ok(Map.of("cleared", true));
  }

  /** {@code GET /okx/clock}. */
  public ApiResponse clock() {
    return ok(Map.of("now", OkxTimestamps.format(simulation.clock().instant()),
        "epochMillis", simulation.clock().millis()));
  }

  /**
   * {@code POST /okx/clock}: one of {@code {"fixed":"2026-01-01T00:00:00.000Z"}},
   * {@code {"offsetMillis":-45000}}, {@code {"advanceMillis":31000}}, {@code {"system":true}}.
   */
  public ApiResponse setClock(String body) {
    return run(body, json -> {
      if (json.has("fixed")) {
        simulation.clock().setFixed(Instant.parse(json.get("fixed").asText()));
      } else if (json.has("offsetMillis")) {
        simulation.clock().setOffset(Duration.ofMillis(longValue(json, "offsetMillis")));
      } else if (json.has("advanceMillis")) {
        simulation.clock().advance(Duration.ofMillis(longValue(json, "advanceMillis")));
      } else if (json.path("system").asBoolean(false)) {
        simulation.clock().useSystem();
      } else {
        throw new IllegalArgumentException("give one of fixed, offsetMillis, advanceMillis or system:true");
      }
      return clock();
    });
  }

  /**
   * {@code POST /okx/faults}: {@code {"type":"okx-error","code":"50001","msg":"...","httpStatus":503,
   * "path":"/api/v5/trade/order","apiKey":"...","times":2,"probability":0.5}}; types {@code okx-error},
   * {@code http-status} ({@code status}), {@code throttle}, {@code delay} ({@code delayMillis}),
   * {@code drop-connection}.
   */
  public ApiResponse addFault(String body) {
    return run(body, json -> {
      FaultAction action = switch (text(json, "type").orElse("")) {
        case "okx-error" -> new FaultAction.OkxErrorReply(
            text(json, "code").orElseThrow(() -> new IllegalArgumentException("code is required")),
            text(json, "msg").orElse(""), json.path("httpStatus").asInt(200));
        case "http-status" -> new FaultAction.HttpStatus(json.path("status").asInt(503));
        case "throttle" -> new FaultAction.Throttle();
        case "delay" -> new FaultAction.Delay(Duration.ofMillis(longValue(json, "delayMillis")));
        case "drop-connection" -> new FaultAction.DropConnection();
        default -> throw new IllegalArgumentException(
            "type must be okx-error, http-status, throttle, delay or drop-connection");
      };
      FaultRule rule = new FaultRule(text(json, "path"), text(json, "apiKey"), action,
          json.has("times") ? json.get("times").asInt() : Integer.MAX_VALUE, json.path("probability").asDouble(1.0));
      simulation.faults().add(rule);
      return ok(Map.of("faults", simulation.faults().rules().size()));
    });
  }

  public ApiResponse clearFaults() {
    simulation.faults().clear();
    return ok(Map.of("faults", 0));
  }

  /** {@code POST /okx/rate-limits}: {@code {"enabled":true}}. */
  public ApiResponse setRateLimits(String body) {
    return run(body, json -> {
      if (!json.has("enabled")) {
        throw new IllegalArgumentException("enabled is required");
      }
      simulation.rateLimiter().setEnabled(json.get("enabled").asBoolean());
      return ok(Map.of("enabled", simulation.rateLimiter().isEnabled()));
    });
  }

  private static ApiResponse run(String body, Command command) {
    Optional<JsonNode> json = Json.parse(body == null || body.isBlank() ? "{}" : body);
    if (json.isEmpty() || !json.get().isObject()) {
      return error("the body must be a JSON object");
    }
    try {
      return command.apply(json.get());
    } catch (RuntimeException e) {
      return error(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private static List<BookLevel> levels(JsonNode json, String side) {
    List<BookLevel> levels = new ArrayList<>();
    for (JsonNode level : json.path(side)) {
      if (!level.isArray() || level.size() < 2) {
        throw new IllegalArgumentException(side + " must be a list of [price, size]");
      }
      levels.add(new BookLevel(decimal(level.get(0), "price"), decimal(level.get(1), "size"), 1));
    }
    return levels;
  }

  private static BigDecimal positive(JsonNode json, String field) {
    BigDecimal value = decimal(json.path(field), field);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(field + " must be greater than 0");
    }
    return value;
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    try {
      BigDecimal value = new BigDecimal(node.asText());
      if (value.signum() < 0) {
        throw new IllegalArgumentException(field + " must not be negative");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a number, not '" + node.asText() + "'");
    }
  }

  private static long longValue(JsonNode json, String field) {
    if (!json.path(field).canConvertToLong()) {
      throw new IllegalArgumentException(field + " must be a whole number");
    }
    return json.get(field).asLong();
  }

  private static Optional<String> text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    return node == null || node.isNull() || node.asText().isEmpty() ? Optional.empty() : Optional.of(node.asText());
  }

  private static ApiResponse ok(Object body) {
    return ApiResponse.json(200, Json.write(body));
  }

  private static ApiResponse error(String message) {
    return ApiResponse.json(400, Json.write(Map.of("error", message)));
  }

  @FunctionalInterface
  private interface Command {
    ApiResponse apply(JsonNode json);
  }
}
