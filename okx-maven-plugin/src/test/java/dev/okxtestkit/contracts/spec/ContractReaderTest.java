package dev.okxtestkit.contracts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractReaderTest {

  private final List<String> problems = new ArrayList<>();

  @Test
  void readsAFullContract() {
    List<Contract> contracts = parse("""
        {"name": "place-order", "description": "what the app sends",
         "request": {"method": "POST", "path": "/api/v5/trade/order",
                     "body": {"instId": "BTC-USDT", "tdMode": "cash", "sz": "0.01"}},
         "expect": {"httpStatus": 200, "code": "0", "fields": ["ordId", "sCode"], "sCode": "0"}}""");

    assertThat(problems).isEmpty();
    Contract c = contracts.get(0);
    assertThat(c.name()).isEqualTo("place-order");
    assertThat(c.request().body()).isEqualTo("{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"sz\":\"0.01\"}");
    assertThat(c.request().auth()).isTrue();
    assertThat(c.expect().fields()).containsExactly("ordId", "sCode");
    assertThat(c.expect().sCode()).contains("0");
  }

  @Test
  void defaultsAreHttp200CodeZeroAndAuthByPath() {
    List<Contract> contracts = parse("""
        [{"request": {"method": "GET", "path": "/api/v5/market/ticker", "query": {"instId": "BTC-USDT"}},
          "expect": {}},
         {"request": {"method": "GET", "path": "/api/v5/account/balance", "query": "ccy=BTC,ETH"},
          "expect": {"code": 0}}]""");

    assertThat(problems).isEmpty();
    assertThat(contracts).extracting(Contract::name).containsExactly("file[0]", "file[1]");
    assertThat(contracts.get(0).request().auth()).isFalse();
    assertThat(contracts.get(0).request().target()).isEqualTo("/api/v5/market/ticker?instId=BTC-USDT");
    assertThat(contracts.get(0).expect().httpStatus()).isEqualTo(200);
    assertThat(contracts.get(0).expect().code()).isEqualTo("0");
    assertThat(contracts.get(1).request().auth()).isTrue();
    assertThat(contracts.get(1).request().target()).isEqualTo("/api/v5/account/balance?ccy=BTC,ETH");
  }

  @Test
  void queryObjectValuesArePercentEncodedExceptCommas() {
    List<Contract> contracts = parse("""
        {"request": {"method": "GET", "path": "/api/v5/trade/orders-pending",
                     "query": {"ordType": "post_only,fok", "instFamily": "BTC USD", "limit": 10}},
         "expect": {}}""");

    assertThat(contracts.get(0).request().query()).isEqualTo("ordType=post_only,fok&instFamily=BTC%20USD&limit=10");
  }

  @Test
  void everyProblemIsReportedWithItsPlace() {
    parse("""
        {"nmae": "typo",
         "request": {"method": "get", "path": "api/v5/account/balance?ccy=BTC", "body": {}, "auth": "yes"},
         "expect": {"httpStatus": "200", "code": "zero", "fields": "ordId"}}""");

    assertThat(problems).containsExactly(
        "$.nmae: unknown property; known: [$schema, description, expect, name, request]",
        "$.request.method: must be \"GET\" or \"POST\" (upper case), not \"get\"",
        "$.request.path: must start with /api/v5/ and hold no query or spaces (put the query in \"query\"),"
            + " not \"api/v5/account/balance?ccy=BTC\"",
        "$.request.auth: must be true or false, not \"yes\"",
        "$.expect.httpStatus: must be a whole number from 100 to 599, e.g. 200, not \"200\"",
        "$.expect.code: must be an OKX code such as \"0\" or \"51008\", not \"zero\"",
        "$.expect.fields: must be an array of field names of data[0], e.g. [\"ordId\", \"sCode\"], not \"ordId\"");
  }

  @Test
  void getWithBodyAndMissingPartsAreRefused() {
    parse("""
        [{"request": {"method": "GET", "path": "/api/v5/account/balance", "body": {"ccy": "BTC"}}, "expect": {}},
         {"request": {"method": "POST"}},
         "not a contract"]""");

    assertThat(problems).containsExactly(
        "$[0].request.body: a GET request has no body; put parameters in \"query\"",
        "$[1].request.path: required, from /api/v5/ without the query",
        "$[1].expect: required, an object, e.g. {\"code\": \"0\", \"fields\": [\"ts\"]}",
        "$[2]: must be a contract object {\"request\": ..., \"expect\": ...}, not \"not a contract\"");
  }

  @Test
  void namesMustBeUniqueInAFile() {
    parse("""
        [{"name": "a", "request": {"method": "GET", "path": "/api/v5/public/time"}, "expect": {}},
         {"name": "a", "request": {"method": "GET", "path": "/api/v5/public/time"}, "expect": {}}]""");

    assertThat(problems).containsExactly("$: two contracts are named \"a\"; names must be unique in a file");
  }

  @Test
  void aNameTakenFromTheFileNameFollowsTheNameRule() throws Exception {
    JsonNode root = new ObjectMapper().readTree("""
        [{"request": {"method": "GET", "path": "/api/v5/public/time"}, "expect": {}},
         {"name": "time", "request": {"method": "GET", "path": "/api/v5/public/time"}, "expect": {}}]""");

    new ContractReader().read(root, "+time", problems);

    assertThat(problems).containsExactly("$[0]: the name taken from the file name, \"+time[0]\", must start with a"
        + " letter or digit and use letters, digits, spaces and . _ - ( ) [ ]; give the contract a \"name\"");
  }

  @Test
  void theSchemaReferenceForEditorsIsAccepted() {
    List<Contract> contracts = parse("""
        {"$schema": "https://okxtestkit.dev/schemas/okx-contract.schema.json",
         "request": {"method": "GET", "path": "/api/v5/public/time"}, "expect": {"sCode": 0}}""");

    assertThat(problems).isEmpty();
    assertThat(contracts).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("file");
      assertThat(c.description()).isEmpty();
      assertThat(c.expect().sCode()).contains("0");
      assertThat(c.expect().msg()).isEmpty();
    });
  }

  @Test
  void aStringBodyIsSentExactlyAsWritten() {
    List<Contract> contracts = parse("""
        {"request": {"method": "POST", "path": "/api/v5/trade/order", "body": "{\\"instId\\": \\"BTC-USDT\\"}"},
         "expect": {"code": "51000", "msg": "Parameter tdMode error"}}""");

    assertThat(contracts.get(0).request().body()).isEqualTo("{\"instId\": \"BTC-USDT\"}");
    assertThat(contracts.get(0).expect().msg()).isEqualTo(Optional.of("Parameter tdMode error"));
  }

  private List<Contract> parse(String json) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      return new ContractReader().read(root, "file", problems);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
