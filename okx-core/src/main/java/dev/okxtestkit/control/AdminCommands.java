package dev.okxtestkit.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.okxtestkit.control.wire.AccountRecords;
import dev.okxtestkit.control.wire.AuthFailuresAnswer;
import dev.okxtestkit.control.wire.BalancesAnswer;
import dev.okxtestkit.control.wire.BookBody;
import dev.okxtestkit.control.wire.ClockAnswer;
import dev.okxtestkit.control.wire.ClockBody;
import dev.okxtestkit.control.wire.ConnectionsAnswer;
import dev.okxtestkit.control.wire.Decimals;
import dev.okxtestkit.control.wire.ErrorAnswer;
import dev.okxtestkit.control.wire.ErrorEventBody;
import dev.okxtestkit.control.wire.FaultBody;
import dev.okxtestkit.control.wire.FaultsAnswer;
import dev.okxtestkit.control.wire.KeyAnswer;
import dev.okxtestkit.control.wire.KeyBody;
import dev.okxtestkit.control.wire.PriceBody;
import dev.okxtestkit.control.wire.PushRuleBody;
import dev.okxtestkit.control.wire.RateBody;
import dev.okxtestkit.control.wire.RateLimitsBody;
import dev.okxtestkit.control.wire.StateBody;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Json;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server side of {@code /__admin/okx/...}: reads the bodies of {@link dev.okxtestkit.control.wire}
 * and calls the simulation's {@link OkxControl}, which checks every value before anything changes. A refused command
 * gets its status (400, 404) with {@code {"error":"..."}}; an unexpected exception, a bug of the
 * simulator, gets 500 with a one-line {@code {"error":...}} and is logged: never a stack trace in the
 * answer, and never passed off as the caller's mistake.
 */
public final class AdminCommands {

  private static final Logger LOG = System.getLogger("dev.okxtestkit.control");
  /** A holder, so Jackson's databind loads with the first admin body, not at the server's start. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  private final OkxControl control;

  public AdminCommands(OkxControl control) {
    this.control = control;
  }

  /** {@code POST /okx/credentials}: registers a key; missing strings are generated. */
  public ApiResponse addCredentials(String body) {
    return run(() -> ok(KeyAnswer.of(control.createKey(read(body, KeyBody.class).toSpec()))));
  }

  /** {@code DELETE /okx/credentials/{apiKey}}: unregisters the key and drops its account. */
  public ApiResponse removeCredentials(String apiKey) {
    return run(() -> {
      control.removeKey(apiKey);
      return ok(Map.of("apiKey", apiKey));
    });
  }

  /** {@code POST /okx/markets/{instId}/price}: {@code {"price":"41000"}}. */
  public ApiResponse setPrice(String instId, String body) {
    return run(() -> {
      BigDecimal price = read(body, PriceBody.class).value();
      control.setPrice(instId, price);
      return ok(Map.of("instId", instId, "price", price.toPlainString()));
    });
  }

  /** {@code POST /okx/markets/{instId}/mark-price}: {@code {"price":"41000"}}. */
  public ApiResponse setMarkPrice(String instId, String body) {
    return run(() -> {
      BigDecimal price = read(body, PriceBody.class).value();
      control.setMarkPrice(instId, price);
      return ok(Map.of("instId", instId, "markPx", price.toPlainString()));
    });
  }

  /** {@code POST /okx/markets/{instId}/funding-rate}: {@code {"rate":"0.0003"}}. */
  public ApiResponse setFundingRate(String instId, String body) {
    return run(() -> {
      BigDecimal rate = read(body, RateBody.class).value();
      control.setFundingRate(instId, rate);
      return ok(Map.of("instId", instId, "fundingRate", rate.toPlainString()));
    });
  }

  /** {@code POST /okx/markets/{instId}/book}: {@code {"bids":[["41000","1"]],"asks":[["41010","2"]]}}. */
  public ApiResponse setBook(String instId, String body) {
    return run(() -> {
      BookBody book = read(body, BookBody.class);
      control.setBook(instId, book.bidLevels(), book.askLevels());
      return ok(Map.of("instId", instId));
    });
  }

  /** {@code POST /okx/markets/{instId}/state}: {@code {"state":"suspend"}} (live, suspend, preopen). */
  public ApiResponse setInstrumentState(String instId, String body) {
    return run(() -> {
      String state = read(body, StateBody.class).state();
      control.setInstrumentState(instId, state);
      return ok(Map.of("instId", instId, "state", state));
    });
  }

  /** {@code POST /okx/accounts/{apiKey}/balances}: {@code {"USDT":"5000","BTC":"0"}} sets available amounts. */
  public ApiResponse setBalances(String apiKey, String body) {
    return run(() -> {
      control.setBalances(apiKey, amounts(body));
      return ok(Map.of("apiKey", apiKey));
    });
  }

  /** {@code GET /okx/accounts/{apiKey}/balances}: the account, one row per currency. */
  public ApiResponse balances(String apiKey) {
    return run(() -> ok(BalancesAnswer.of(apiKey, control.balances(apiKey))));
  }

  /** {@code POST /okx/accounts/{apiKey}/starting-balances}: {@code {"USDT":"500"}}; replaces the account. */
  public ApiResponse setStartingBalances(String apiKey, String body) {
    return run(() -> {
      control.setStartingBalances(apiKey, amounts(body));
      return ok(Map.of("apiKey", apiKey));
    });
  }

  /** {@code POST /okx/accounts/{apiKey}/funding-balances}: {@code {"USDT":"500"}}. */
  public ApiResponse setFundingBalances(String apiKey, String body) {
    return run(() -> {
      control.setFundingBalances(apiKey, amounts(body));
      return ok(Map.of("apiKey", apiKey));
    });
  }

  /** {@code GET /okx/accounts/{apiKey}/orders}, newest first. */
  public ApiResponse orders(String apiKey) {
    return run(() -> ok(new AccountRecords.Orders(apiKey, control.orders(apiKey))));
  }

  /** {@code GET /okx/accounts/{apiKey}/fills}, newest first. */
  public ApiResponse fills(String apiKey) {
    return run(() -> ok(new AccountRecords.Fills(apiKey, control.fills(apiKey))));
  }

  /** {@code GET /okx/accounts/{apiKey}/positions}. */
  public ApiResponse positions(String apiKey) {
    return run(() -> ok(new AccountRecords.Positions(apiKey, control.positions(apiKey))));
  }

  /** {@code POST /okx/accounts/{apiKey}/reset}: back to the initial balances, no orders. */
  public ApiResponse resetAccount(String apiKey) {
    return run(() -> {
      control.resetAccount(apiKey);
      return ok(Map.of("apiKey", apiKey));
    });
  }

  /** {@code POST /okx/reset}: every account, fault, rate-limit window and recorded failure. */
  public ApiResponse resetAll() {
    return run(() -> {
      control.reset();
      return ok(Map.of("reset", true));
    });
  }

  /** {@code GET /okx/auth-failures} (optionally for one key). */
  public ApiResponse authFailures(Optional<String> apiKey) {
    return run(() -> ok(AuthFailuresAnswer.of(control.authFailures(apiKey))));
  }

  public ApiResponse clearAuthFailures() {
    return run(() -> {
      control.clearAuthFailures();
      return ok(Map.of("cleared", true));
    });
  }

  /** {@code GET /okx/clock}. */
  public ApiResponse clock() {
    return run(() -> ok(ClockAnswer.of(control.now())));
  }

  /**
   * {@code POST /okx/clock}: exactly one of {@code {"fixed":"2026-01-01T00:00:00.000Z"}},
   * {@code {"offsetMillis":-45000}}, {@code {"advanceMillis":31000}}, {@code {"system":true}}.
   */
  public ApiResponse setClock(String body) {
    return run(() -> {
      ClockBody clock = read(body, ClockBody.class);
      if (clock.fixed() != null) {
        control.fixClock(instant(clock.fixed()));
      } else if (clock.offsetMillis() != null) {
        control.offsetClock(Duration.ofMillis(clock.offsetMillis()));
      } else if (clock.advanceMillis() != null) {
        control.advanceClock(Duration.ofMillis(clock.advanceMillis()));
      } else if (Boolean.TRUE.equals(clock.system())) {
        control.useSystemClock();
      } else {
        throw new OkxControlException("give one of fixed, offsetMillis, advanceMillis or system:true");
      }
      return ok(ClockAnswer.of(control.now()));
    });
  }

  /** {@code POST /okx/faults}: see {@link FaultBody}. */
  public ApiResponse addFault(String body) {
    return run(() -> {
      control.addFault(read(body, FaultBody.class).toRule());
      return ok(FaultsAnswer.of(control.faults()));
    });
  }

  /** {@code GET /okx/ws/connections}: the open WebSocket connections. */
  public ApiResponse connections() {
    return run(() -> ok(new ConnectionsAnswer(control.connections())));
  }

  /** {@code DELETE /okx/ws/connections[/{connId}]}: drops one connection, or all. */
  public ApiResponse dropConnections(Optional<String> connId) {
    return run(() -> {
      control.dropConnections(connId);
      return ok(new ConnectionsAnswer(control.connections()));
    });
  }

  /** {@code POST /okx/ws/notice}: OKX's 64008 service-upgrade notice to /public and /private. */
  public ApiResponse sendUpgradeNotice() {
    return run(() -> {
      control.sendUpgradeNotice();
      return ok(Map.of("notice", "64008"));
    });
  }

  /** {@code GET /okx/ws/pushes}: the push rules in force. */
  public ApiResponse pushRules() {
    return run(() -> ok(PushRuleBody.Answer.of(control.pushRules())));
  }

  /** {@code POST /okx/ws/pushes}: {@code {"channel":"orders","delayMillis":500}} or {@code "withhold":true}. */
  public ApiResponse setPushRule(String body) {
    return run(() -> {
      control.setPushRule(read(body, PushRuleBody.class).toRule());
      return ok(PushRuleBody.Answer.of(control.pushRules()));
    });
  }

  /** {@code DELETE /okx/ws/pushes}: every channel pushes at once again. */
  public ApiResponse clearPushRules() {
    return run(() -> {
      control.clearPushRules();
      return ok(PushRuleBody.Answer.of(control.pushRules()));
    });
  }

  /** {@code POST /okx/ws/error}: {@code {"code":"64007","msg":"...","connId":"..."}}. */
  public ApiResponse sendErrorEvent(String body) {
    return run(() -> {
      ErrorEventBody event = read(body, ErrorEventBody.class);
      control.sendErrorEvent(Optional.ofNullable(event.connId()), event.code(), event.msg());
      return ok(Map.of("event", "error", "code", event.code()));
    });
  }

  /** {@code GET /okx/faults}: the armed faults. */
  public ApiResponse faults() {
    return run(() -> ok(FaultsAnswer.of(control.faults())));
  }

  public ApiResponse clearFaults() {
    return run(() -> {
      control.clearFaults();
      return ok(FaultsAnswer.of(control.faults()));
    });
  }

  /** {@code POST /okx/rate-limits}: {@code {"enabled":true}}. */
  public ApiResponse setRateLimits(String body) {
    return run(() -> {
      Boolean enabled = read(body, RateLimitsBody.class).enabled();
      if (enabled == null) {
        throw new OkxControlException("enabled is required");
      }
      control.setRateLimits(enabled);
      return ok(Map.of("enabled", enabled));
    });
  }

  /** {@code {"USDT":"5000","BTC":"0"}} as decimals; their bounds are the control's to check. */
  private static Map<String, BigDecimal> amounts(String body) {
    Map<String, String> amounts = read(body, new TypeReference<LinkedHashMap<String, String>>() {});
    Map<String, BigDecimal> decimals = new LinkedHashMap<>();
    amounts.forEach((ccy, text) -> decimals.put(ccy, Decimals.parse(ccy, text)));
    return decimals;
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new OkxControlException("fixed must be an ISO-8601 instant like 2026-01-01T00:00:00.000Z, not '"
          + text + "'");
    }
  }

  private static <T> T read(String body, Class<T> type) {
    return read(body, Mapper.INSTANCE.getTypeFactory().constructType(type));
  }

  private static <T> T read(String body, TypeReference<T> type) {
    return read(body, Mapper.INSTANCE.getTypeFactory().constructType(type));
  }

  private static <T> T read(String body, com.fasterxml.jackson.databind.JavaType type) {
    String json = body == null || body.isBlank() ? "{}" : body;
    try {
      T value = Mapper.INSTANCE.readValue(json, type);
      if (value == null) {
        throw new OkxControlException("the body must be a JSON object");
      }
      return value;
    } catch (MismatchedInputException e) {
      String field = e.getPath().isEmpty() ? "" : e.getPath().get(e.getPath().size() - 1).getFieldName();
      throw new OkxControlException(field == null || field.isEmpty() ? "the body must be a JSON object"
          : field + " has the wrong type");
    } catch (JsonProcessingException e) {
      throw new OkxControlException("the body must be a JSON object");
    }
  }

  private static ApiResponse run(Supplier<ApiResponse> command) {
    try {
      return command.get();
    } catch (OkxControlException e) {
      return ApiResponse.json(e.status(), Json.write(new ErrorAnswer(e.getMessage())));
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "control command failed inside the simulator", e);
      return ApiResponse.json(500, Json.write(new ErrorAnswer(
          "the simulator failed on this command (" + e.getClass().getSimpleName() + "); see its log")));
    }
  }

  private static ApiResponse ok(Object body) {
    return ApiResponse.json(200, Json.write(body));
  }
}
