package dev.okxtestkit.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.control.wire.AccountRecords;
import dev.okxtestkit.control.wire.AuthFailuresAnswer;
import dev.okxtestkit.control.wire.BalancesAnswer;
import dev.okxtestkit.control.wire.BookBody;
import dev.okxtestkit.control.wire.ClockAnswer;
import dev.okxtestkit.control.wire.ClockBody;
import dev.okxtestkit.control.wire.ConnectionsAnswer;
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
import dev.okxtestkit.exchange.Balance;
import dev.okxtestkit.exchange.Fill;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.exchange.Position;
import dev.okxtestkit.faults.FaultRule;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.signing.OkxCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link OkxControl} of a simulator at a URL (a container, a standalone jar), over its admin API
 * {@code /__admin/okx}; sends the admin token when the simulator needs one. A refused command throws
 * {@link OkxControlException} with the server's status and message.
 */
public final class HttpOkxControl implements OkxControl {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String baseUrl;
  private final Optional<String> adminToken;
  private final HttpClient http;

  /** A simulator without an admin token (bound to loopback). */
  public HttpOkxControl(String baseUrl) {
    this(baseUrl, Optional.empty());
  }

  /**
   * @param baseUrl the simulator's base URL, e.g. {@code http://127.0.0.1:8089}
   * @param adminToken its admin token, sent as {@code Authorization: Bearer ...}
   */
  public HttpOkxControl(String baseUrl, Optional<String> adminToken) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.adminToken = adminToken;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  }

  @Override
  public OkxCredentials createKey(KeySpec spec) {
    return call("POST", "/credentials", KeyBody.of(spec), KeyAnswer.class).toCredentials();
  }

  @Override
  public void removeKey(String apiKey) {
    call("DELETE", "/credentials/" + segment(apiKey), null, Void.class);
  }

  @Override
  public List<Balance> balances(String apiKey) {
    return call("GET", "/accounts/" + segment(apiKey) + "/balances", null, BalancesAnswer.class).toBalances();
  }

  @Override
  public void setBalances(String apiKey, Map<String, BigDecimal> amounts) {
    call("POST", "/accounts/" + segment(apiKey) + "/balances", amountsBody(amounts), Void.class);
  }

  /**
   * toString, not toPlainString: an absurd 1e-100000000 must reach the server (and be refused) as 12
   * characters, not as 100 million.
   */
  private static Map<String, String> amountsBody(Map<String, BigDecimal> amounts) {
    Map<String, String> body = new LinkedHashMap<>();
    amounts.forEach((ccy, amount) -> body.put(ccy, amount.toString()));
    return body;
  }

  @Override
  public void setStartingBalances(String apiKey, Map<String, BigDecimal> amounts) {
    call("POST", "/accounts/" + segment(apiKey) + "/starting-balances", amountsBody(amounts), Void.class);
  }

  @Override
  public void setFundingBalances(String apiKey, Map<String, BigDecimal> amounts) {
    call("POST", "/accounts/" + segment(apiKey) + "/funding-balances", amountsBody(amounts), Void.class);
  }

  @Override
  public List<OrderView> orders(String apiKey) {
    return call("GET", "/accounts/" + segment(apiKey) + "/orders", null, AccountRecords.Orders.class).orders();
  }

  @Override
  public List<Fill> fills(String apiKey) {
    return call("GET", "/accounts/" + segment(apiKey) + "/fills", null, AccountRecords.Fills.class).fills();
  }

  @Override
  public List<Position> positions(String apiKey) {
    return call("GET", "/accounts/" + segment(apiKey) + "/positions", null, AccountRecords.Positions.class)
        .positions();
  }

  @Override
  public void resetAccount(String apiKey) {
    call("POST", "/accounts/" + segment(apiKey) + "/reset", null, Void.class);
  }

  @Override
  public void setPrice(String instId, BigDecimal price) {
    call("POST", "/markets/" + segment(instId) + "/price", PriceBody.of(price), Void.class);
  }

  @Override
  public void setMarkPrice(String instId, BigDecimal price) {
    call("POST", "/markets/" + segment(instId) + "/mark-price", PriceBody.of(price), Void.class);
  }

  @Override
  public void setFundingRate(String instId, BigDecimal rate) {
    call("POST", "/markets/" + segment(instId) + "/funding-rate", RateBody.of(rate), Void.class);
  }

  @Override
  public void setBook(String instId, List<BookLevel> bids, List<BookLevel> asks) {
    call("POST", "/markets/" + segment(instId) + "/book", BookBody.of(bids, asks), Void.class);
  }

  @Override
  public void setInstrumentState(String instId, String state) {
    call("POST", "/markets/" + segment(instId) + "/state", new StateBody(state), Void.class);
  }

  @Override
  public Instant now() {
    return call("GET", "/clock", null, ClockAnswer.class).instant();
  }

  @Override
  public void fixClock(Instant instant) {
    clock(new ClockBody(instant.toString(), null, null, null));
  }

  @Override
  public void offsetClock(Duration offset) {
    clock(new ClockBody(null, offset.toMillis(), null, null));
  }

  @Override
  public void advanceClock(Duration amount) {
    clock(new ClockBody(null, null, amount.toMillis(), null));
  }

  @Override
  public void useSystemClock() {
    clock(new ClockBody(null, null, null, true));
  }

  private void clock(ClockBody body) {
    call("POST", "/clock", body, Void.class);
  }

  @Override
  public void addFault(FaultRule rule) {
    call("POST", "/faults", FaultBody.of(rule), Void.class);
  }

  @Override
  public List<FaultRule> faults() {
    return call("GET", "/faults", null, FaultsAnswer.class).toRules();
  }

  @Override
  public void clearFaults() {
    call("DELETE", "/faults", null, Void.class);
  }

  @Override
  public void setRateLimits(boolean enabled) {
    call("POST", "/rate-limits", new RateLimitsBody(enabled), Void.class);
  }

  @Override
  public List<AuthFailure> authFailures(Optional<String> apiKey) {
    String query = apiKey.map(k -> "?apiKey=" + URLEncoder.encode(k, StandardCharsets.UTF_8)).orElse("");
    return call("GET", "/auth-failures" + query, null, AuthFailuresAnswer.class).toFailures();
  }

  @Override
  public void clearAuthFailures() {
    call("DELETE", "/auth-failures", null, Void.class);
  }

  @Override
  public List<StreamConnection> connections() {
    return call("GET", "/ws/connections", null, ConnectionsAnswer.class).connections();
  }

  @Override
  public void dropConnections(Optional<String> connId) {
    call("DELETE", "/ws/connections" + connId.map(id -> "/" + segment(id)).orElse(""), null, Void.class);
  }

  @Override
  public void sendUpgradeNotice() {
    call("POST", "/ws/notice", null, Void.class);
  }

  @Override
  public void setPushRule(PushRule rule) {
    call("POST", "/ws/pushes", PushRuleBody.of(rule), Void.class);
  }

  @Override
  public List<PushRule> pushRules() {
    return call("GET", "/ws/pushes", null, PushRuleBody.Answer.class).rules().stream()
        .map(PushRuleBody::toRule).toList();
  }

  @Override
  public void clearPushRules() {
    call("DELETE", "/ws/pushes", null, Void.class);
  }

  @Override
  public void sendErrorEvent(Optional<String> connId, String code, String msg) {
    call("POST", "/ws/error", new ErrorEventBody(connId.orElse(null), code, msg), Void.class);
  }

  @Override
  public void reset() {
    call("POST", "/reset", null, Void.class);
  }

  private <T> T call(String method, String path, Object body, Class<T> answer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/okx" + path))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(write(body)));
    adminToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("the simulator at " + baseUrl + " did not answer " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the simulator at " + baseUrl, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new OkxControlException(response.statusCode(), method + " /__admin/okx" + path + ": "
          + errorOf(response));
    }
    return answer == Void.class ? null : read(response.body(), answer);
  }

  private static String errorOf(HttpResponse<String> response) {
    try {
      ErrorAnswer error = MAPPER.readValue(response.body(), ErrorAnswer.class);
      if (error.error() != null) {
        return error.error();
      }
      Map<String, Object> other = MAPPER.readValue(response.body(), new TypeReference<>() {});
      return String.valueOf(other.getOrDefault("msg", response.body()));
    } catch (JsonProcessingException e) {
      return "HTTP " + response.statusCode();
    }
  }

  private static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private <T> T read(String body, Class<T> type) {
    try {
      return MAPPER.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new OkxControlException(502, "the simulator at " + baseUrl + " answered what is not a "
          + type.getSimpleName() + ": " + e.getOriginalMessage());
    }
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "HttpOkxControl[" + baseUrl + (adminToken.isPresent() ? ", admin token ****" : "") + "]";
  }
}
