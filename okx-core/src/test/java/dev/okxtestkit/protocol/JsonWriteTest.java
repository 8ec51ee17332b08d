package dev.okxtestkit.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.okxtestkit.exchange.OrderState;
import dev.okxtestkit.exchange.TradeMode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Json#write} writes plain answers without Jackson's databind and hands everything else to it:
 * either way the text must be exactly what databind writes, byte for byte.
 */
class JsonWriteTest {

  private static final ObjectMapper DATABIND = new ObjectMapper();

  record Row(String instId, String px) {}

  static Stream<Object> values() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("instId", "BTC-USDT");
    row.put("px", "43000.1");
    row.put("sz", new BigDecimal("0.00000001"));
    row.put("big", new BigDecimal("1E+3"));
    row.put("tdMode", TradeMode.CASH);
    row.put("nothing", null);
    row.put("ok", true);
    row.put("n", 7);
    row.put("l", 1_796_472_195_939L);
    row.put("d", 0.1);
    row.put("f", 2.5f);
    row.put("nan", Double.NaN);
    row.put("short", (short) 3);
    row.put("bi", new BigInteger("123456789012345678901234567890"));
    row.put("escapes", "quote \" backslash \\ newline \n tab \t nul \u0000 é €");
    row.put("nested", List.of(Map.of("a", List.of()), new ArrayList<>(List.of("x", 1))));
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("code", "0");
    envelope.put("msg", "");
    envelope.put("data", List.of(row, Map.of()));
    return Stream.of(
        envelope,
        List.of(),
        Map.of(),
        "text",
        Set.of("only"),
        new TreeMap<>(Map.of("b", 1, "a", 2)),
        // Not plain: databind writes these, and Json.write must give its text unchanged.
        new Row("ETH-USDT", "2000"),
        Map.of("state", OrderState.PARTIALLY_FILLED),
        Map.of(1, "integer key"),
        List.of(new Row("A", "1")),
        Arrays.asList("a", null),
        JsonNodeFactory.instance.objectNode().put("k", "v"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void writesExactlyWhatJacksonDatabindWrites(Object value) throws Exception {
    assertThat(Json.write(value)).isEqualTo(DATABIND.writeValueAsString(value));
  }
}
