package dev.okxtestkit.endpoints;

import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.market.Instrument;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Envelope;
import dev.okxtestkit.protocol.OkxError;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** {@code public/time} and {@code public/instruments}. */
final class PublicEndpoints {

  private final Exchange exchange;
  private final Clock clock;

  PublicEndpoints(Exchange exchange, Clock clock) {
    this.exchange = exchange;
    this.clock = clock;
  }

  /** The simulator clock in epoch milliseconds, which clients sync their timestamps to. */
  ApiResponse time(EndpointCall call) {
    return Envelope.ok(List.of(Map.of("ts", Long.toString(clock.millis()))));
  }

  /** {@code system/status}: no maintenance is ever scheduled here, so the list is empty. */
  ApiResponse systemStatus(EndpointCall call) {
    return Envelope.ok(List.of());
  }

  ApiResponse instruments(EndpointCall call) {
    Params p = call.params();
    String instType = p.getOrEmpty("instType");
    if (instType.equals("OPTION") && p.get("instFamily").isEmpty() && p.get("uly").isEmpty()) {
      return new OkxError("50015", "Either parameter uly or instFamily is required", 400, OkxError.Shape.ENVELOPE)
          .toResponse();
    }
    return Envelope.ok(exchange.readMarket(m -> m.instruments().stream()
        .filter(i -> i.instType().equals(instType) && !i.state().equals(Instrument.EXPIRED))
        .filter(i -> p.get("instId").map(i.instId()::equals).orElse(true))
        .filter(i -> p.get("instFamily").or(() -> p.get("uly")).map(i.instFamily()::equals).orElse(true))
        .map(i -> Rows.instrument(i, m.instIdCode(i.instId())))
        .toList()));
  }
}
