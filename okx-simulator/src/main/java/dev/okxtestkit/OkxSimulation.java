package dev.okxtestkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.okxtestkit.auth.AuthFailureLog;
import dev.okxtestkit.auth.AuthGate;
import dev.okxtestkit.auth.AuthGate.AuthResult;
import dev.okxtestkit.auth.CredentialStore;
import dev.okxtestkit.auth.Diagnosis;
import dev.okxtestkit.auth.SimulatorClock;
import dev.okxtestkit.endpoints.AccountBalanceEndpoint;
import dev.okxtestkit.endpoints.Endpoint;
import dev.okxtestkit.endpoints.EndpointCatalogue;
import dev.okxtestkit.endpoints.PublicTimeEndpoint;
import dev.okxtestkit.exchange.Accounts;
import dev.okxtestkit.exchange.MarketPrices;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.protocol.OkxErrors;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
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
  private final Accounts accounts;
  private final MarketPrices prices = new MarketPrices();
  private final EndpointCatalogue catalogue;
  private final ObjectMapper strictJson =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  public OkxSimulation(SimulatorClock clock, Map<String, BigDecimal> initialBalances, int authFailureCapacity) {
    this.clock = clock;
    this.authFailures = new AuthFailureLog(authFailureCapacity);
    this.gate = new AuthGate(credentials, clock, authFailures);
    this.accounts = new Accounts(initialBalances, clock);
    this.catalogue = new EndpointCatalogue(List.of(
        PublicTimeEndpoint.endpoint(clock),
        AccountBalanceEndpoint.endpoint(accounts, prices)));
  }

  /** A simulation on the system clock with default balances. */
  public OkxSimulation() {
    this(SimulatorClock.system(), Accounts.DEFAULT_BALANCES, AuthFailureLog.DEFAULT_CAPACITY);
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
    if (!path.startsWith(EndpointCatalogue.API_PREFIX)) {
      return Optional.empty(); // not OKX's API: the user's own stubs
    }
    Optional<Endpoint> endpoint = catalogue.find(path);
    if (endpoint.isEmpty()) {
      if (!userStubMatches.getAsBoolean()) {
        return Optional.of(OkxErrors.NOT_FOUND);
      }
      return EndpointCatalogue.isPrivatePath(path) ? authenticate(request, null) : Optional.empty();
    }
    if (!endpoint.get().method().equalsIgnoreCase(request.method())) {
      return Optional.of(OkxErrors.METHOD_NOT_ALLOWED.toResponse());
    }
    return endpoint.get().isPublic()
        ? Optional.empty()
        : authenticate(request, endpoint.get().permission());
  }

  private Optional<ApiResponse> authenticate(ApiRequest request, dev.okxtestkit.signing.Permission needed) {
    AuthResult result = gate.authenticate(request, needed);
    if (result instanceof AuthResult.Rejected rejected) {
      Diagnosis diagnosis = rejected.rejection().diagnosis();
      return Optional.of(rejected.rejection().error().toResponse()
          .withHeader(DIAGNOSIS_HEADER, headerSafe(diagnosis.headerValue())));
    }
    return Optional.empty();
  }

  /**
   * Answers a request for one of the simulator's endpoints that {@link #admit} let through.
   */
  public ApiResponse serve(ApiRequest request) {
    Optional<Endpoint> endpoint = catalogue.find(request.path());
    if (endpoint.isEmpty()) {
      return OkxErrors.NOT_FOUND;
    }
    if (request.method().equalsIgnoreCase("POST")) {
      Optional<ApiResponse> bad = checkJsonBody(request.body());
      if (bad.isPresent()) {
        return bad.get();
      }
    }
    OkxCredentials caller = endpoint.get().isPublic()
        ? null
        : credentials.find(request.header(OkxHeaders.ACCESS_KEY)).orElse(null);
    if (!endpoint.get().isPublic() && caller == null) {
      // The key was removed between admit and serve.
      return OkxErrors.KEY_INVALID.toResponse();
    }
    try {
      return endpoint.get().handler().handle(request, caller);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Simulator error on " + request.method() + " " + request.path(), e);
      return OkxErrors.SYSTEM_ERROR.toResponse();
    }
  }

  private Optional<ApiResponse> checkJsonBody(String body) {
    if (body.isBlank()) {
      return Optional.of(OkxErrors.BODY_EMPTY.toResponse());
    }
    try {
      if (strictJson.readTree(body) == null) {
        return Optional.of(OkxErrors.JSON_SYNTAX.toResponse());
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(OkxErrors.JSON_SYNTAX.toResponse());
    }
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

  public SimulatorClock clock() {
    return clock;
  }

  public CredentialStore credentials() {
    return credentials;
  }

  public AuthFailureLog authFailures() {
    return authFailures;
  }

  public Accounts accounts() {
    return accounts;
  }

  public MarketPrices prices() {
    return prices;
  }

  public EndpointCatalogue catalogue() {
    return catalogue;
  }
}
