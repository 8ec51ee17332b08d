package dev.okxtestkit.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.catalogue.EndpointSpec;
import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.exchange.AlgoView;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.market.PublicTrade;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Json;
import dev.okxtestkit.signing.OkxCredentials;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REST endpoints' rows for other adapters of the same simulation: a WebSocket push carries exactly
 * what the REST answer for the same thing carries (a ticker, a balance, a position, an order), so both
 * come from one piece of code.
 */
public final class RestRows {

  private final Routes routes;
  private final Clock clock;

  public RestRows(Routes routes, Clock clock) {
    this.routes = routes;
    this.clock = clock;
  }

  /**
   * The {@code data} array of the GET endpoint's answer for {@code target} (path and query), as
   * {@code caller} ({@code null} for public endpoints); empty when the endpoint refuses it.
   */
  public Optional<JsonNode> data(String target, OkxCredentials caller) {
    ApiRequest request = new ApiRequest("GET", target, "", Map.of(), "127.0.0.1");
    Optional<Routes.Endpoint> endpoint = routes.find(request.path()).flatMap(r -> r.forMethod("GET"));
    if (endpoint.isEmpty()) {
      return Optional.empty();
    }
    EndpointSpec spec = endpoint.get().spec();
    long inTime = clock.millis() * 1_000;
    ApiResponse response = endpoint.get().handler()
        .handle(new EndpointCall(spec, request, List.of(Params.fromQuery(request)), caller, inTime));
    return Json.parse(response.body()).filter(body -> body.path("code").asText().equals("0"))
        .map(body -> body.path("data"));
  }

  /** An algo order as REST lists it. */
  public static Map<String, Object> algo(AlgoView algo) {
    return Rows.algo(algo);
  }

  /** A public trade as {@code market/trades} lists it. */
  public static Map<String, Object> trade(String instId, PublicTrade trade) {
    return Rows.trade(instId, trade);
  }

  /** An order as REST lists it. */
  public static Map<String, Object> order(OrderView order) {
    return Rows.order(order);
  }
}
