package dev.okxtestkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.faults.FaultAction;
import dev.okxtestkit.faults.FaultRule;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.testing.SignedClient.Reply;
import dev.okxtestkit.testing.SimulationClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The request pipeline of {@link OkxSimulation} without any server: what {@code admit} lets through to
 * stub matching, and in which order {@code serve} checks body, faults, parameters and rate limits before
 * an endpoint runs. The HTTP acceptance tests of okx-simulator check the same over the wire.
 */
class OkxSimulationTest {

  private static final String BALANCE = "/api/v5/account/balance";
  private static final String ORDER = "/api/v5/trade/order";
  private static final String BATCH = "/api/v5/trade/batch-orders";
  private static final String LIMIT_BUY =
      "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"1\",\"sz\":\"0.001\"}";

  private final OkxSimulation simulation = new OkxSimulation();
  private final SimulationClient client = new SimulationClient(simulation);
  private final OkxCredentials key = simulation.control().createKey(KeySpec.demo());

  @Test
  void pathsOutsideOkxsApiGoToTheUsersStubsUnchecked() {
    assertThat(simulation.admit(request("GET", "/my-app/health", Map.of()), () -> false)).isEmpty();
  }

  @Test
  void anUnknownApiPathIsOkxs404UnlessAUserStubMatchesIt() {
    ApiRequest unknown = request("GET", "/api/v5/nothing/here", Map.of());

    assertThat(simulation.admit(unknown, () -> false)).get().extracting(ApiResponse::status).isEqualTo(404);
    assertThat(simulation.admit(request("GET", "/api/v5/public/nothing", Map.of()), () -> true)).isEmpty();
  }

  @Test
  void aUserStubOnAnUnknownPrivatePathStillNeedsASignature() {
    Optional<ApiResponse> answer = simulation.admit(request("GET", "/api/v5/account/my-stub", Map.of()), () -> true);

    assertThat(answer).get().extracting(ApiResponse::status).isEqualTo(401);
    assertThat(answer.get().body()).contains("\"code\":\"50103\"");
  }

  @Test
  void aWrongMethodIs405BeforeAnyAuthentication() {
    Reply reply = client.send("DELETE", BALANCE, "");

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.code()).isEqualTo("50115");
  }

  @Test
  void aRefusedSignatureSaysWhyInTheDiagnosisHeader() {
    Map<String, String> headers = new java.util.HashMap<>(
        new OkxSigner().headers(key, "GET", BALANCE, "", simulation.clock().instant()));
    headers.put("OK-ACCESS-SIGN", new OkxSigner().sign("0", "GET", BALANCE, "", key.secretKey()));

    Optional<ApiResponse> answer = simulation.admit(request("GET", BALANCE, headers), () -> false);

    assertThat(answer).get().satisfies(response -> {
      assertThat(response.body()).contains("\"code\":\"50113\"");
      assertThat(response.headers()).containsKey(OkxSimulation.DIAGNOSIS_HEADER);
    });
    assertThat(simulation.control().authFailures(Optional.of(key.apiKey()))).singleElement()
        .satisfies(failure -> assertThat(failure.code()).isEqualTo("50113"));
  }

  @Test
  void aKeyRemovedBetweenAdmitAndServeIsRefusedNotServed() {
    ApiRequest signed = request("GET", BALANCE,
        new OkxSigner().headers(key, "GET", BALANCE, "", simulation.clock().instant()));
    assertThat(simulation.admit(signed, () -> false)).isEmpty();

    simulation.control().removeKey(key.apiKey());

    assertThat(simulation.serve(signed).body()).contains("\"code\":\"50111\"");
  }

  @Test
  void anEmptyOrUnreadableBodyIsRefusedBeforeAnyFault() {
    simulation.control().addFault(FaultRule.once(ORDER, new FaultAction.HttpStatus(503)));

    assertThat(client.as(key).post(ORDER, "").code()).isEqualTo("50000");
    assertThat(client.as(key).post(ORDER, "{\"instId\":").code()).isEqualTo("50002");
    assertThat(client.as(key).post(ORDER, "[1]").code()).isEqualTo("50002");
    assertThat(simulation.control().faults()).hasSize(1);
  }

  @Test
  void aFaultFiresBeforeTheParameterChecks() {
    simulation.control().addFault(FaultRule.once(ORDER,
        new FaultAction.OkxErrorReply("50001", "Service temporarily unavailable", 503)));

    Reply faulted = client.as(key).post(ORDER, "{\"instId\":\"BTC-USDT\"}");

    assertThat(faulted.status()).isEqualTo(503);
    assertThat(faulted.code()).isEqualTo("50001");
    assertThat(simulation.control().faults()).isEmpty();
    assertThat(client.as(key).post(ORDER, "{\"instId\":\"BTC-USDT\"}").code()).isEqualTo("50014");
  }

  @Test
  void aDelayFaultDelaysWhateverAnswerFollows() {
    simulation.control().addFault(FaultRule.once(ORDER, new FaultAction.Delay(Duration.ofMillis(250))));
    ApiRequest invalid = request("POST", ORDER, new OkxSigner().headers(key, "POST", ORDER, "{\"instId\":\"BTC-USDT\"}",
        simulation.clock().instant()), "{\"instId\":\"BTC-USDT\"}");

    ApiResponse answer = simulation.serve(invalid);

    assertThat(answer.delay()).isEqualTo(Duration.ofMillis(250));
    assertThat(answer.body()).contains("\"code\":\"50014\"");
  }

  @Test
  void aDroppedConnectionIsLeftToTheAdapter() {
    simulation.control().addFault(FaultRule.once("/api/v5/public/time", new FaultAction.DropConnection()));

    ApiResponse answer = simulation.serve(request("GET", "/api/v5/public/time", Map.of()));

    assertThat(answer.dropConnection()).isTrue();
  }

  @Test
  void aRegionalHostsUnknownKeyCanBeProvokedWithTheFaultApi() {
    // A key of another OKX region (EEA, US) on www.okx.com gets 50119; tests provoke it with a fault.
    simulation.control().addFault(FaultRule.once(BALANCE,
        new FaultAction.OkxErrorReply("50119", "API key doesn't exist", 401)));

    Reply reply = client.as(key).get(BALANCE);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("50119");
    assertThat(reply.json().path("msg").asText()).isEqualTo("API key doesn't exist");
  }

  @Test
  void aBatchCountsItsItemsAgainstOkxsLimit() {
    String twentyOne = IntStream.range(0, 21).mapToObj(i -> LIMIT_BUY)
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));

    assertThat(client.as(key).post(BATCH, twentyOne).code()).isEqualTo("51111");
    assertThat(client.as(key).post(BATCH, "[]").code()).isEqualTo("50014");
    assertThat(client.as(key).post(BATCH, LIMIT_BUY).code()).isEqualTo("0");
    assertThat(simulation.control().orders(key.apiKey())).hasSize(1);
  }

  @Test
  void onlyRequestsThatPassTheChecksCountAgainstARateLimit() {
    simulation.control().setRateLimits(true);
    for (int i = 0; i < 30; i++) {
      assertThat(client.get("/api/v5/market/ticker").code()).isEqualTo("50014");
    }

    long served = IntStream.range(0, 30)
        .filter(i -> client.get("/api/v5/market/ticker?instId=BTC-USDT").code().equals("0")).count();

    assertThat(served).isEqualTo(20); // OKX: 20 requests per 2 seconds per IP
    assertThat(client.get("/api/v5/market/ticker?instId=BTC-USDT").status()).isEqualTo(429);
  }

  @Test
  void anEndpointAnswersWithOkxsEnvelopeAndTheCallersAccount() {
    Reply balance = client.as(key).get(BALANCE);

    assertThat(balance.status()).isEqualTo(200);
    assertThat(balance.code()).isEqualTo("0");
    assertThat(balance.first().path("details").findValuesAsText("ccy")).contains("USDT", "BTC");
  }

  private static ApiRequest request(String method, String target, Map<String, String> headers) {
    return request(method, target, headers, "");
  }

  private static ApiRequest request(String method, String target, Map<String, String> headers, String body) {
    return new ApiRequest(method, target, body, headers, "127.0.0.1");
  }
}
