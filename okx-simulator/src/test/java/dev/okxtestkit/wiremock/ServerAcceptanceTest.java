package dev.okxtestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.RequestJournalDisabledException;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded server: the simulator's endpoints in OKX's envelope, OKX's answers to unknown paths and
 * methods, users' stubs next to the simulator, and WireMock's journal options.
 */
@Timeout(30)
class ServerAcceptanceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.000Z");
  private static final String BALANCE = "/api/v5/account/balance";
  private static final String TIME = "/api/v5/public/time";
  private static final String NOT_FOUND_BODY = "{\"code\":404,\"data\":{},\"detailMsg\":\"\",\"error_code\":\"404\","
      + "\"error_message\":\"Not Found\",\"msg\":\"Not Found\"}";

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @Test
  void publicTimeIsTheSimulatorClockInOkxEnvelope() {
    HttpResponse<String> response = okx.client().get(TIME).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body())
        .isEqualTo("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"" + NOW.toEpochMilli() + "\"}]}");
  }

  @Test
  void publicTimeIgnoresCredentialsEvenBadOnes() {
    HttpResponse<String> response = okx.client().get(TIME).signedBy(okx.newCredentials(), NOW)
        .header(OkxHeaders.ACCESS_SIGN, "wrong").header(OkxHeaders.ACCESS_TIMESTAMP, "garbage").send();

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void freshKeyHoldsTheDemoDefaultsWithNumbersAsStrings() {
    HttpResponse<String> response = okx.client().get(BALANCE).signedBy(okx.newCredentials(), NOW).send();

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JsonBodies.read(response.body());
    assertThat(body.get("code").isTextual()).isTrue();
    assertThat(body.get("code").asText()).isEqualTo("0");
    assertThat(body.get("msg").asText()).isEmpty();
    assertThat(body.get("data")).hasSize(1);
    JsonNode account = body.get("data").get(0);
    assertThat(account.get("totalEq").textValue()).isEqualTo("76000");
    assertThat(balances(account)).containsExactly(
        "BTC avail=1 cash=1 eq=1 frozen=0",
        "ETH avail=10 cash=10 eq=10 frozen=0",
        "USDT avail=10000 cash=10000 eq=10000 frozen=0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"?ccy=BTC,ETH", "?ccy=BTC%2CETH", "?ccy=BTC%2cETH"})
  void ccyFilterListsOnlyTheAskedCurrencies(String query) {
    HttpResponse<String> response =
        okx.client().get(BALANCE + query).signedBy(okx.newCredentials(), NOW).send();

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode account = JsonBodies.read(response.body()).get("data").get(0);
    assertThat(balances(account)).containsExactly(
        "BTC avail=1 cash=1 eq=1 frozen=0", "ETH avail=10 cash=10 eq=10 frozen=0");
  }

  @Test
  void initialBalancesOfOneKeyLeaveOtherKeysAlone() {
    OkxCredentials rich = okx.newCredentials();
    OkxCredentials plain = okx.newCredentials();
    okx.server().control()
        .setStartingBalances(rich.apiKey(), Map.of("USDT", new BigDecimal("123.45"), "OKB", BigDecimal.ONE));

    JsonNode richAccount = account(rich);
    JsonNode plainAccount = account(plain);

    assertThat(balances(richAccount)).containsExactly(
        "OKB avail=1 cash=1 eq=1 frozen=0", "USDT avail=123.45 cash=123.45 eq=123.45 frozen=0");
    assertThat(balances(plainAccount)).hasSize(3).contains("USDT avail=10000 cash=10000 eq=10000 frozen=0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v5/zzz/nonexistent", "/api/v5/account/nonexistent", "/api/v5/public/nonexistent"})
  void unknownPathIsOkxs404EvenWithoutCredentials(String path) {
    HttpResponse<String> response = okx.client().get(path).send();

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo(NOT_FOUND_BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {TIME, BALANCE})
  void wrongMethodOnAKnownPathIs405EvenWithoutCredentials(String path) {
    HttpResponse<String> response = okx.client().post(path, "{}").send();

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).isEqualTo("{\"msg\":\"Invalid request method.\",\"code\":\"50115\"}");
  }

  @Test
  void usersStubOnASimulatorPathWins() {
    StubMapping stub = okx.server().wireMock().stubFor(
        get(urlPathEqualTo(TIME)).willReturn(okJson("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"1\"}]}")));
    try {
      HttpResponse<String> response = okx.client().get(TIME).send();

      assertThat(response.body()).isEqualTo("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"1\"}]}");
    } finally {
      okx.server().wireMock().removeStub(stub);
    }
    assertThat(okx.client().get(TIME).send().body()).contains("\"ts\":\"" + NOW.toEpochMilli() + "\"");
  }

  @Test
  void answersTheSameWhetherOrNotTheUserHasStubsOfTheirOwn() {
    // Without user stubs the gate answers the endpoints itself; with any, WireMock's stub matching does.
    OkxCredentials key = okx.newCredentials();
    HttpResponse<String> direct = okx.client().get(BALANCE).signedBy(key, NOW).send();
    StubMapping stub =
        okx.server().wireMock().stubFor(get(urlPathEqualTo("/my-app/ping")).willReturn(okJson("{}")));
    try {
      HttpResponse<String> matched = okx.client().get(BALANCE).signedBy(key, NOW).send();

      assertThat(matched.statusCode()).isEqualTo(200);
      assertThat(matched.body()).isEqualTo(direct.body()).startsWith("{\"code\":\"0\"");
      for (String header : List.of("Content-Type", "Matched-Stub-Id", "Matched-Stub-Name")) {
        assertThat(matched.headers().firstValue(header)).isPresent().isEqualTo(direct.headers().firstValue(header));
      }
    } finally {
      okx.server().wireMock().removeStub(stub);
    }
    assertThat(okx.client().get(BALANCE).signedBy(key, NOW).send().body()).isEqualTo(direct.body());
  }

  @Test
  void usersStubOnAPrivatePathStaysBehindTheGate() {
    String path = "/api/v5/account/subtypes";
    StubMapping stub = okx.server().wireMock().stubFor(
        get(urlPathEqualTo(path)).willReturn(okJson("{\"code\":\"0\",\"msg\":\"\",\"data\":[]}")));
    try {
      HttpResponse<String> anonymous = okx.client().get(path).send();
      HttpResponse<String> signed = okx.client().get(path).signedBy(okx.newCredentials(), NOW).send();

      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.body())
          .isEqualTo("{\"msg\":\"Request header OK-ACCESS-KEY can not be empty.\",\"code\":\"50103\"}");
      assertThat(signed.statusCode()).isEqualTo(200);
      assertThat(signed.body()).isEqualTo("{\"code\":\"0\",\"msg\":\"\",\"data\":[]}");
    } finally {
      okx.server().wireMock().removeStub(stub);
    }
  }

  @Test
  void usersStubOutsideTheOkxApiNeedsNoCredentials() {
    StubMapping stub =
        okx.server().wireMock().stubFor(get(urlPathEqualTo("/health-of-my-app")).willReturn(okJson("{}")));
    try {
      assertThat(okx.client().get("/health-of-my-app").send().statusCode()).isEqualTo(200);
    } finally {
      okx.server().wireMock().removeStub(stub);
    }
  }

  @Test
  void resetAllClearsUsersStubsButKeepsTheSimulator() {
    try (OkxSimulatorServer own = OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).start()) {
      SignedClient ownClient = new SignedClient(own.baseUrl());
      own.wireMock().stubFor(get(urlPathEqualTo("/api/v5/account/subtypes")).willReturn(okJson("{}")));
      own.wireMock().stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson("{}")));
      int catalogueStubs = (int) own.wireMock().listAllStubMappings().getMappings().stream()
          .filter(CatalogueStubs::isCatalogueStub).count();
      OkxCredentials key = own.newCredentials();

      own.wireMock().resetAll();

      assertThat(ownClient.get(TIME).send().body()).contains("\"ts\":\"" + NOW.toEpochMilli() + "\"");
      assertThat(ownClient.get(BALANCE).signedBy(key, NOW).send().statusCode()).isEqualTo(200);
      assertThat(ownClient.get("/api/v5/account/subtypes").signedBy(key, NOW).send().statusCode())
          .isEqualTo(404);
      assertThat(own.wireMock().listAllStubMappings().getMappings())
          .hasSize(catalogueStubs).allMatch(CatalogueStubs::isCatalogueStub);
    }
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertThat(okx.server().wireMock().getOptions().bindAddress()).isEqualTo("127.0.0.1");
    assertThat(URI.create(okx.server().baseUrl()).getHost()).isEqualTo("127.0.0.1");
    assertThat(okx.server().baseUrl()).isEqualTo("http://127.0.0.1:" + okx.server().port());
  }

  @Test
  void withoutRequestJournalWireMockRefusesToListRequestsButAuthFailuresAreStillRecorded() {
    try (OkxSimulatorServer own =
        OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).disableRequestJournal().start()) {
      SignedClient ownClient = new SignedClient(own.baseUrl());

      assertThat(ownClient.get(BALANCE).send().statusCode()).isEqualTo(401);
      assertThat(ownClient.get(TIME).send().statusCode()).isEqualTo(200);

      assertThatThrownBy(() -> own.wireMock().getAllServeEvents())
          .isInstanceOf(RequestJournalDisabledException.class);
      assertThat(own.authFailures()).singleElement()
          .satisfies(f -> assertThat(f.code()).isEqualTo("50103"));
    }
  }

  @Test
  void requestJournalKeepsOnlyTheConfiguredNumberOfRequests() {
    try (OkxSimulatorServer own =
        OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).maxRequestJournalEntries(3).start()) {
      SignedClient ownClient = new SignedClient(own.baseUrl());
      for (int i = 0; i < 5; i++) {
        assertThat(ownClient.get(TIME + "?n=" + i).send().statusCode()).isEqualTo(200);
      }

      List<ServeEvent> events = own.wireMock().getAllServeEvents();

      assertThat(events).hasSize(3);
      assertThat(events).extracting(e -> e.getRequest().getUrl())
          .containsExactlyInAnyOrder(TIME + "?n=2", TIME + "?n=3", TIME + "?n=4");
    }
  }

  @Test
  void refusalShowsUpInWireMocksJournalAsAnOkxAuthSubEvent() {
    try (OkxSimulatorServer own = OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).start()) {
      OkxCredentials key = own.newCredentials();
      new SignedClient(own.baseUrl()).get(BALANCE).signedBy(key, NOW).header(OkxHeaders.ACCESS_PASSPHRASE, "wrong").send();

      ServeEvent event = own.wireMock().getAllServeEvents().get(0);

      assertThat(event.getResponse().getStatus()).isEqualTo(401);
      assertThat(event.getSubEvents()).filteredOn(e -> e.getType().equals("okx-auth")).singleElement()
          .extracting(SubEvent::getData)
          .satisfies(data -> {
            assertThat(data).containsEntry("status", 401);
            assertThat(data).containsEntry("body",
                "{\"msg\":\"Request header OK-ACCESS-PASSPHRASE incorrect.\",\"code\":\"50105\"}");
            assertThat((String) data.get("diagnosis")).startsWith("wrong-passphrase ");
          });
      assertThat(event.getResponse().getHeaders().getHeader(OkxSimulation.DIAGNOSIS_HEADER).firstValue())
          .startsWith("wrong-passphrase ");
    }
  }

  private static JsonNode account(OkxCredentials key) {
    HttpResponse<String> response = okx.client().get(BALANCE).signedBy(key, NOW).send();
    assertThat(response.statusCode()).isEqualTo(200);
    return JsonBodies.read(response.body()).get("data").get(0);
  }

  /** One line per currency, from the string fields only: a number sent as a JSON number would fail. */
  private static List<String> balances(JsonNode account) {
    return StreamSupport.stream(account.get("details").spliterator(), false)
        .map(d -> d.get("ccy").textValue() + " avail=" + d.get("availBal").textValue() + " cash="
            + d.get("cashBal").textValue() + " eq=" + d.get("eq").textValue() + " frozen="
            + d.get("frozenBal").textValue())
        .toList();
  }
}
