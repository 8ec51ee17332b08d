package dev.okxtestkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.auth.AuthCheck;
import dev.okxtestkit.auth.AuthFailureLog;
import dev.okxtestkit.auth.AuthGate;
import dev.okxtestkit.auth.AuthGate.AuthResult;
import dev.okxtestkit.auth.WebSocketLogin;
import dev.okxtestkit.auth.CredentialStore;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.catalogue.BodyShape;
import dev.okxtestkit.catalogue.EndpointSpec;
import dev.okxtestkit.catalogue.ParamValidator;
import dev.okxtestkit.catalogue.Params;
import dev.okxtestkit.control.OkxControl;
import dev.okxtestkit.endpoints.EndpointCall;
import dev.okxtestkit.endpoints.RestRows;
import dev.okxtestkit.endpoints.Routes;
import dev.okxtestkit.exchange.Exchange;
import dev.okxtestkit.faults.FaultAction;
import dev.okxtestkit.faults.FaultInjector;
import dev.okxtestkit.limits.RateLimiter;
import dev.okxtestkit.market.Instruments;
import dev.okxtestkit.market.Market;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.Json;
import dev.okxtestkit.protocol.OkxError;
import dev.okxtestkit.protocol.OkxErrors;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.Permission;
import dev.okxtestkit.stream.StreamHub;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The simulated OKX exchange, free of any server: the authentication gate, the endpoints and their
 * state. Server adapters (the WireMock extension) turn HTTP requests into {@link ApiRequest}s and call
 * {@link #admit} before stub matching and {@link #serve} for the simulator's own endpoints.
 * Thread-safe.
 */
public final class OkxSimulation {

  /** Response header that says why a request failed authentication: the mistake's id, then a message. */
  public static final String DIAGNOSIS_HEADER = "X-Okx-Simulator-Diagnosis";

  private static final Logger LOG = System.getLogger("dev.okxtestkit");
  private static final int MAX_HEADER_VALUE = 1024;

  private final SimulatorClock clock;
  private final CredentialStore credentials = new CredentialStore();
  private final AuthFailureLog authFailures;
  private final AuthGate gate;
  private final Exchange exchange;
  private final Routes routes;
  private final RateLimiter rateLimiter;
  private final FaultInjector faults;
  private final OkxControl control;
  private final StreamHub streams;

  public OkxSimulation(SimulationConfig config) {
    this.clock = config.clock();
    this.authFailures = new AuthFailureLog(config.authFailureCapacity());
    this.gate = new AuthGate(credentials, clock, authFailures, AuthCheck.OKX_ORDER, config.logAuthFailures());
    this.exchange = new Exchange(
        new Market(Instruments.defaults(config.clock().instant()), Instruments.defaultPrices(), config.seed()),
        config.initialBalances(),
        clock);
    this.routes = new Routes(exchange, clock);
    this.rateLimiter = new RateLimiter(clock, config.rateLimits());
    this.faults = new FaultInjector(config.seed());
    // The WebSocket endpoints serve OKX's demo trading, as the simulator's REST side does by default.
    this.streams = new StreamHub(new WebSocketLogin(credentials, clock, authFailures, Environment.DEMO),
        new RestRows(routes, clock), this::serve, code -> exchange.readMarket(m -> m.instId(code)),
        System::nanoTime, rateLimiter::isEnabled);
    exchange.listen(streams);
    this.control = new SimulationControl(credentials, exchange, clock, faults, rateLimiter, authFailures, streams);
  }

  /** A simulation on the system clock with the defaults of {@link SimulationConfig#defaults()}. */
  public OkxSimulation() {
    this(SimulationConfig.defaults());
  }

  /**
   * Decides whether a request may go on to stub matching, OKX's checks before any endpoint logic:
   * unknown path (404), wrong method (405), then authentication of private paths.
   *
   * @param userStubMatches whether one of the user's own stubs matches the request; asked only for
   *     paths the simulator does not know
   * @return empty to go on, or the response to send instead
   */
  public Optional<ApiResponse> admit(ApiRequest request, BooleanSupplier userStubMatches) {
    String path = request.path();
    if (!path.startsWith(Routes.API_PREFIX)) {
      return Optional.empty(); // not OKX's API: the user's own stubs
    }
    Optional<Routes.Route> route = routes.find(path);
    if (route.isEmpty()) {
      if (!userStubMatches.getAsBoolean()) {
        return Optional.of(OkxErrors.NOT_FOUND);
      }
      return Routes.isPrivatePath(path) ? authenticate(request, null) : Optional.empty();
    }
    Optional<Routes.Endpoint> endpoint = route.get().forMethod(request.method());
    if (endpoint.isEmpty()) {
      return Optional.of(OkxErrors.METHOD_NOT_ALLOWED.toResponse());
    }
    EndpointSpec spec = endpoint.get().spec();
    return spec.isPublic() ? Optional.empty() : authenticate(request, spec.permission().orElseThrow());
  }

  private Optional<ApiResponse> authenticate(ApiRequest request, Permission needed) {
    AuthResult result = gate.authenticate(request, needed);
    if (result instanceof AuthResult.Rejected rejected) {
      return Optional.of(rejected.rejection().error().toResponse()
          .withHeader(DIAGNOSIS_HEADER, headerSafe(rejected.rejection().diagnosis().headerValue())));
    }
    return Optional.empty();
  }

  /**
   * Answers a request for one of the simulator's endpoints that {@link #admit} let through: body,
   * injected faults, parameters, rate limit, then the endpoint itself.
   */
  public ApiResponse serve(ApiRequest request) {
    Instant received = clock.instant();
    Optional<Routes.Endpoint> found = routes.find(request.path()).flatMap(r -> r.forMethod(request.method()));
    if (found.isEmpty()) {
      return OkxErrors.NOT_FOUND;
    }
    EndpointSpec spec = found.get().spec();
    OkxCredentials caller = null;
    if (!spec.isPublic()) {
      caller = credentials.find(request.header(OkxHeaders.ACCESS_KEY)).orElse(null);
      if (caller == null) {
        return OkxErrors.KEY_INVALID.toResponse(); // the key was removed between admit and serve
      }
    }
    Items items = items(spec, request);
    if (items.error() != null) {
      return items.error().toResponse();
    }
    String apiKey = caller == null ? "" : caller.apiKey();
    Duration delay = Duration.ZERO;
    Optional<FaultAction> fault = faults.next(spec.path(), apiKey);
    if (fault.isPresent()) {
      if (!(fault.get() instanceof FaultAction.Delay d)) {
        return faultResponse(fault.get());
      }
      delay = d.delay();
    }
    for (Params item : items.params()) {
      Optional<OkxError> invalid = ParamValidator.validate(spec, item);
      if (invalid.isPresent()) {
        return invalid.get().toResponse().withDelay(delay);
      }
    }
    // Only valid requests count, so made-up parameter values cannot open rate-limit windows.
    if (!withinRateLimit(spec, request, apiKey, items.params())) {
      return OkxErrors.TOO_MANY_REQUESTS.toResponse().withDelay(delay);
    }
    long inTime = received.getEpochSecond() * 1_000_000L + received.getNano() / 1_000;
    try {
      return found.get().handler().handle(new EndpointCall(spec, request, items.params(), caller, inTime))
          .withDelay(delay);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Simulator error on " + request.method() + " " + request.path(), e);
      return OkxErrors.SYSTEM_ERROR.toResponse();
    }
  }

  /** The request's parameters: the query, the body object, or each object of a batch body. */
  private static Items items(EndpointSpec spec, ApiRequest request) {
    if (spec.shape() == BodyShape.QUERY) {
      return new Items(List.of(Params.fromQuery(request)), null);
    }
    if (request.body().isBlank()) {
      return new Items(List.of(), OkxErrors.BODY_EMPTY);
    }
    Optional<JsonNode> body = Json.parse(request.body());
    if (body.isEmpty()) {
      return new Items(List.of(), OkxErrors.JSON_SYNTAX);
    }
    List<JsonNode> objects = new ArrayList<>();
    if (body.get().isArray() && spec.shape() == BodyShape.ARRAY) {
      body.get().forEach(objects::add);
    } else {
      objects.add(body.get()); // a batch endpoint also takes a single object, as one item
    }
    if (objects.size() > spec.maxItems()) {
      return new Items(List.of(), OkxErrors.batchTooLarge(spec.path(), spec.maxItems()));
    }
    if (objects.isEmpty()) {
      return new Items(List.of(), OkxErrors.parameterEmpty("data"));
    }
    List<Params> params = new ArrayList<>();
    for (JsonNode object : objects) {
      if (!object.isObject()) {
        return new Items(List.of(), OkxErrors.JSON_SYNTAX);
      }
      params.add(Params.fromJson(object));
    }
    return new Items(params, null);
  }

  private boolean withinRateLimit(EndpointSpec spec, ApiRequest request, String apiKey, List<Params> items) {
    if (!rateLimiter.isEnabled()) {
      return true;
    }
    String base = spec.method() + " " + spec.path() + " ";
    return switch (spec.rateLimit().key()) {
      case IP -> rateLimiter.tryAcquire(base + request.clientIp(), spec.rateLimit(), 1);
      case IP_AND_INSTRUMENT_TYPE -> rateLimiter.tryAcquire(
          base + request.clientIp() + " " + items.get(0).getOrEmpty("instType"), spec.rateLimit(), 1);
      case USER -> rateLimiter.tryAcquire(base + apiKey, spec.rateLimit(), 1);
      case USER_AND_INSTRUMENT -> {
        Map<String, Integer> perInstrument = new LinkedHashMap<>();
        items.forEach(p -> perInstrument.merge(p.getOrEmpty("instId"), 1, Integer::sum));
        boolean ok = true;
        for (Map.Entry<String, Integer> e : perInstrument.entrySet()) {
          int permits = spec.rateLimit().perOrder() ? e.getValue() : 1;
          ok &= rateLimiter.tryAcquire(base + apiKey + " " + e.getKey(), spec.rateLimit(), permits);
        }
        yield ok;
      }
    };
  }

  private static ApiResponse faultResponse(FaultAction action) {
    // Java 17: no pattern matching in switch yet.
    if (action instanceof FaultAction.OkxErrorReply e) {
      return new OkxError(e.code(), e.msg(), e.httpStatus(), OkxError.Shape.ENVELOPE).toResponse();
    }
    if (action instanceof FaultAction.HttpStatus s) {
      return ApiResponse.json(s.status(), "");
    }
    if (action instanceof FaultAction.Throttle) {
      return OkxErrors.TOO_MANY_REQUESTS.toResponse();
    }
    if (action instanceof FaultAction.DropConnection) {
      return ApiResponse.dropped();
    }
    throw new IllegalArgumentException("not an answer: " + action);
  }

  /** HTTP header values must be printable ASCII; diagnoses may quote what a client sent. */
  private static String headerSafe(String value) {
    StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_HEADER_VALUE));
    for (int i = 0; i < value.length() && sb.length() < MAX_HEADER_VALUE; i++) {
      char c = value.charAt(i);
      sb.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return sb.toString();
  }

  /** Steers this simulation: the same {@link OkxControl} a remote simulator offers over HTTP. */
  public OkxControl control() {
    return control;
  }

  /** The WebSocket side: sessions for an adapter's connections, fed by the same exchange as REST. */
  public StreamHub streams() {
    return streams;
  }

  /** The clock that signatures, orders and rate limits are checked against; steer it through {@link #control()}. */
  public SimulatorClock clock() {
    return clock;
  }

  private record Items(List<Params> params, OkxError error) {}
}
