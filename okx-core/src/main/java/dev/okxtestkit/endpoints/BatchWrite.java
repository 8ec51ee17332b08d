package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * OKX's answer to a trade write (orders and algo orders, single or batch): each item runs in turn and
 * answers in {@code data[]}; the top-level code is 0 when all were accepted, 1 when all failed, 2 when
 * some did, with {@code inTime} and {@code outTime}.
 */
final class BatchWrite {

  private BatchWrite() {}

  static <R> ApiResponse run(EndpointCall call, Clock clock, BiFunction<String, Params, R> action,
      Predicate<R> accepted, BiFunction<R, Params, Map<String, Object>> row) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int failed = 0;
    for (Params item : call.items()) {
      R result = action.apply(call.apiKey(), item);
      failed += accepted.test(result) ? 0 : 1;
      rows.add(row.apply(result, item));
    }
    String code = failed == 0 ? "0" : failed == rows.size() ? "1" : "2";
    String msg = failed == 0 ? ""
        : failed == rows.size() ? "All operations failed" : "Bulk operation partially succeeded.";
    Instant now = clock.instant();
    long outTimeMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    return Envelope.trade(code, msg, rows, call.inTimeMicros(), outTimeMicros);
  }
}
