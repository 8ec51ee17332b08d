package dev.okxtestkit.control.wire;

import dev.okxtestkit.control.OkxControlException;
import dev.okxtestkit.faults.FaultAction;
import dev.okxtestkit.faults.FaultRule;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /__admin/okx/faults}: {@code {"type":"okx-error","code":"50001","msg":"...","httpStatus":503,
 * "path":"/api/v5/trade/order","apiKey":"...","times":2,"probability":0.5}}; types {@code okx-error},
 * {@code http-status} ({@code status}), {@code throttle}, {@code delay} ({@code delayMillis}),
 * {@code drop-connection}.
 */
public record FaultBody(
    String type, String code, String msg, Integer httpStatus, Integer status, Long delayMillis, String path,
    String apiKey, Integer times, Double probability) {

  /** A delay longer than this would only hold a test's connection until its own timeout. */
  static final Duration MAX_DELAY = Duration.ofMinutes(5);

  public static FaultBody of(FaultRule rule) {
    Integer times = rule.times() == Integer.MAX_VALUE ? null : rule.times();
    String path = rule.path().orElse(null);
    String apiKey = rule.apiKey().orElse(null);
    double probability = rule.probability();
    // if-chain, not a pattern switch: the project compiles for Java 17.
    if (rule.action() instanceof FaultAction.OkxErrorReply e) {
      return new FaultBody("okx-error", e.code(), e.msg(), e.httpStatus(), null, null, path, apiKey, times,
          probability);
    } else if (rule.action() instanceof FaultAction.HttpStatus s) {
      return new FaultBody("http-status", null, null, null, s.status(), null, path, apiKey, times, probability);
    } else if (rule.action() instanceof FaultAction.Delay d) {
      return new FaultBody("delay", null, null, null, null, d.delay().toMillis(), path, apiKey, times, probability);
    }
    String type = rule.action() instanceof FaultAction.Throttle ? "throttle" : "drop-connection";
    return new FaultBody(type, null, null, null, null, null, path, apiKey, times, probability);
  }

  public FaultRule toRule() {
    FaultAction action = switch (type == null ? "" : type) {
      case "okx-error" -> new FaultAction.OkxErrorReply(required("code", code), msg == null ? "" : msg,
          status("httpStatus", httpStatus, 200));
      case "http-status" -> new FaultAction.HttpStatus(status("status", status, 503));
      case "throttle" -> new FaultAction.Throttle();
      case "delay" -> new FaultAction.Delay(delay());
      case "drop-connection" -> new FaultAction.DropConnection();
      default -> throw new OkxControlException(
          "type must be okx-error, http-status, throttle, delay or drop-connection");
    };
    try {
      return new FaultRule(Optional.ofNullable(path).filter(p -> !p.isEmpty()),
          Optional.ofNullable(apiKey).filter(k -> !k.isEmpty()), action,
          times == null ? Integer.MAX_VALUE : times, probability == null ? 1.0 : probability);
    } catch (IllegalArgumentException e) {
      throw new OkxControlException(e.getMessage());
    }
  }

  private Duration delay() {
    if (delayMillis == null || delayMillis < 0 || delayMillis > MAX_DELAY.toMillis()) {
      throw new OkxControlException("delayMillis must be from 0 to " + MAX_DELAY.toMillis());
    }
    return Duration.ofMillis(delayMillis);
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new OkxControlException(field + " is required");
    }
    return value;
  }

  private static int status(String field, Integer value, int fallback) {
    int chosen = value == null ? fallback : value;
    if (chosen < 100 || chosen > 599) {
      throw new OkxControlException(field + " must be an HTTP status from 100 to 599, not " + chosen);
    }
    return chosen;
  }
}
