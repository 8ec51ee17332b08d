package dev.okxtestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.catalogue.EndpointSpec;
import dev.okxtestkit.catalogue.OkxApi;
import dev.okxtestkit.catalogue.ParamSpec;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.control.OkxControl;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile input against every endpoint of the catalogue and every control command, signed with a valid key
 * so it passes the gate and reaches validation, over real HTTP. For each request: never a 5xx; on
 * {@code /api/v5} always OKX-style JSON ({@code code} and {@code msg}); and a refused request leaves the
 * account's balances, orders and fills exactly as they were.
 *
 * <p>The corpus is every parameter of every endpoint with each hostile value, plus hostile bodies; then
 * random combinations from a seeded generator: {@code -Dokx.fuzz.tries=N} (default 1,500) and
 * {@code -Dokx.fuzz.seed=S} for a longer or another run. A failure names the request, to replay it.
 */
class FuzzAcceptanceTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.089Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> HOSTILE_VALUES = List.of(
      "", " ", "-1", "0", "-0", "1.", ".5", "00001", "99999999999999999999", "9223372036854775808",
      "1e309", "1e-400", "NaN", "Infinity", "null", "true", "[]", "{}", "a,a,a", ",,,", "BTC-USDT,BTC-USDT",
      "\u00fc\u00df", "\ud83d\ude00", "%00", "<script>", "' OR 1=1", "x".repeat(5_000), "1".repeat(400),
      "BTC-USDT", "SPOT", "limit", "buy", "cash", "0.0000000000000000000001");
  private static final List<String> HOSTILE_BODIES = List.of(
      "", "{", "}", "[", "null", "true", "123", "\"text\"", "[]", "[[]]", "{}", "{\"instId\":null}",
      "{\"instId\":123,\"sz\":{},\"px\":[]}", "[{}]", "[1,2,3]", "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}",
      "[" + "{},".repeat(100) + "{}]", "{\"instId\":\"BTC-USDT\",\"instId\":\"ETH-USDT\"}",
      "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"sz\":\"1e999999\",\"px\":\"1\"}",
      "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"sz\":\"0.01\",\"px\":\"-5\"}",
      "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"99999999999999999999\"}",
      "{\"ordId\":\"99999999999999999999999\",\"instId\":\"BTC-USDT\"}", "\u0000\u0001\u0002");
  private static final List<String> CONTROL_PATHS = List.of(
      "/__admin/okx/credentials", "/__admin/okx/markets/BTC-USDT/price", "/__admin/okx/markets/BTC-USDT/book",
      "/__admin/okx/markets/BTC-USDT/state", "/__admin/okx/markets/NOPE/price", "/__admin/okx/clock",
      "/__admin/okx/faults", "/__admin/okx/rate-limits", "/__admin/okx/accounts/%s/balances");

  private static OkxCredentials key;

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.with(b -> b.clock(SimulatorClock.fixed(NOW)).logAuthFailures(false));

  @BeforeAll
  static void start() {
    key = okx.newCredentials();
  }

  @Test
  void everyParameterWithEveryHostileValue() throws Exception {
    int sent = 0;
    for (EndpointSpec endpoint : OkxApi.endpoints()) {
      for (ParamSpec param : endpoint.params()) {
        for (String value : HOSTILE_VALUES) {
          List<String[]> params = new ArrayList<>(validRequired(endpoint, param.name()));
          params.add(new String[] {param.name(), value});
          send(endpoint, params);
          sent++;
        }
      }
    }
    System.out.println("fuzz corpus: " + sent + " parameter requests over " + OkxApi.endpoints().size() + " endpoints");
  }

  @Test
  void everyPostWithEveryHostileBody() throws Exception {
    for (EndpointSpec endpoint : OkxApi.endpoints()) {
      if (endpoint.method().equals("POST")) {
        for (String body : HOSTILE_BODIES) {
          check(endpoint.method() + " " + endpoint.path() + " " + shorten(body), endpoint.path(), "POST", body, true);
        }
      }
    }
  }

  @Test
  void everyControlCommandWithEveryHostileBody() throws Exception {
    for (String template : CONTROL_PATHS) {
      String path = template.contains("%s") ? String.format(template, key.apiKey()) : template;
      for (String body : concat(HOSTILE_BODIES, List.of("{\"price\":\"1e-100000000\"}", "{\"USDT\":\"1e400\"}",
          "{\"advanceMillis\":9223372036854775807}", "{\"offsetMillis\":-9223372036854775808}",
          "{\"fixed\":\"+999999999-12-31T23:59:59Z\"}", "{\"type\":\"delay\",\"delayMillis\":-1}",
          "{\"type\":\"okx-error\",\"code\":\"1\",\"httpStatus\":99999}", "{\"bids\":[[\"1\"]],\"asks\":[]}",
          "{\"state\":\"closed\"}", "{\"enabled\":\"maybe\"}", "{\"balances\":{\"USDT\":\"-1\"}}"))) {
        HttpResponse<String> response = raw("POST", path, body, false);
        assertThat(response.statusCode()).as("POST %s %s", path, shorten(body)).isLessThan(500);
        assertThat(JSON.readTree(response.body()).isObject()).as("POST %s %s", path, shorten(body)).isTrue();
      }
    }
    // Whatever was refused or accepted above, the simulator still serves its clients.
    assertThat(raw("GET", "/api/v5/account/balance", "", true).statusCode()).isEqualTo(200);
    okx.server().control().reset();
    okx.server().control().useSystemClock();
    okx.server().control().fixClock(NOW);
  }

  @Test
  void randomCombinationsFromASeededGenerator() throws Exception {
    long seed = Long.getLong("okx.fuzz.seed", 20261205L);
    int tries = Integer.getInteger("okx.fuzz.tries", 1_500);
    Random random = new Random(seed);
    List<EndpointSpec> endpoints = OkxApi.endpoints();
    for (int i = 0; i < tries; i++) {
      EndpointSpec endpoint = endpoints.get(random.nextInt(endpoints.size()));
      if (endpoint.method().equals("POST") && random.nextBoolean()) {
        check("seed " + seed + " try " + i + " POST " + endpoint.path(), endpoint.path(), "POST",
            HOSTILE_BODIES.get(random.nextInt(HOSTILE_BODIES.size())), true);
        continue;
      }
      List<String[]> params = new ArrayList<>();
      for (ParamSpec param : endpoint.params()) {
        if (random.nextInt(3) > 0) {
          params.add(new String[] {param.name(), random.nextInt(4) == 0 && !param.values().isEmpty()
              ? param.values().get(random.nextInt(param.values().size()))
              : HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()))});
        }
      }
      send(endpoint, params);
    }
  }

  /** Plausible values for the endpoint's required parameters, so the one under test is what gets checked. */
  private static List<String[]> validRequired(EndpointSpec endpoint, String except) {
    List<String[]> params = new ArrayList<>();
    for (ParamSpec param : endpoint.params()) {
      if (param.required() && !param.name().equals(except)) {
        params.add(new String[] {param.name(), param.values().isEmpty() ? plausible(param.name()) : param.values().get(0)});
      }
    }
    return params;
  }

  private static String plausible(String name) {
    return switch (name) {
      case "instId" -> "BTC-USDT";
      case "sz" -> "0.001";
      case "px" -> "1000";
      default -> "1";
    };
  }

  private static void send(EndpointSpec endpoint, List<String[]> params) throws Exception {
    if (endpoint.method().equals("GET")) {
      String query = params.stream()
          .map(p -> URLEncoder.encode(p[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      String target = endpoint.path() + (query.isEmpty() ? "" : "?" + query);
      check("GET " + shorten(target), target, "GET", "", !endpoint.isPublic());
    } else {
      StringBuilder body = new StringBuilder("{");
      for (String[] p : params) {
        body.append(body.length() > 1 ? "," : "").append(JSON.writeValueAsString(p[0])).append(':')
            .append(JSON.writeValueAsString(p[1]));
      }
      String json = body.append('}').toString();
      check("POST " + endpoint.path() + " " + shorten(json), endpoint.path(), "POST", json, true);
    }
  }

  /** Sends one request and checks the three promises; a refused request must change nothing. */
  private static void check(String what, String target, String method, String body, boolean signed)
      throws Exception {
    String before = state();
    HttpResponse<String> response = raw(method, target, body, signed);
    assertThat(response.statusCode()).as(what).isLessThan(500);
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.has("code") && json.has("msg")).as("%s answered %s", what, shorten(response.body())).isTrue();
    // Code 2 is a batch that partly succeeded: some of it may change the account, as it should.
    if (!json.path("code").asText().equals("0") && !json.path("code").asText().equals("2")) {
      assertThat(state()).as("%s was refused (%s) but changed the account", what, json.path("code").asText())
          .isEqualTo(before);
    }
  }

  private static HttpResponse<String> raw(String method, String target, String body, boolean signed) {
    SignedClient.OkxRequest request = okx.client().request(method, target, body);
    return (signed ? request.signedBy(key, okx.server().clock().instant()) : request).send();
  }

  /** The key's balances, orders and fills, as text to compare. */
  private static String state() {
    OkxControl control = okx.server().control();
    return control.balances(key.apiKey()) + "|" + control.orders(key.apiKey()) + "|" + control.fills(key.apiKey());
  }

  private static String shorten(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + " chars)" : text;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
