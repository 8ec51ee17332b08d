package dev.okxtestkit.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.catalogue.EndpointSpec;
import dev.okxtestkit.catalogue.OkxApi;
import dev.okxtestkit.exchange.OrderType;
import dev.okxtestkit.exchange.PositionSide;
import dev.okxtestkit.exchange.TargetCurrency;
import dev.okxtestkit.exchange.TradeMode;
import dev.okxtestkit.market.Side;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireValuesTest {

  /** Each enum with its parser and the place-order parameter it types. */
  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("side", Side.values(), (Function<String, Optional<?>>) Side::fromWire),
        Arguments.of("ordType", OrderType.values(), (Function<String, Optional<?>>) OrderType::fromWire),
        Arguments.of("tdMode", TradeMode.values(), (Function<String, Optional<?>>) TradeMode::fromWire),
        Arguments.of("posSide", PositionSide.values(), (Function<String, Optional<?>>) PositionSide::fromWire),
        Arguments.of("tgtCcy", TargetCurrency.values(), (Function<String, Optional<?>>) TargetCurrency::fromWire));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void everyConstantReadsBackFromItsWireValue(String param, WireValue[] constants, Function<String, Optional<?>> fromWire) {
    for (WireValue constant : constants) {
      assertThat(fromWire.apply(constant.wire())).isEqualTo(Optional.of(constant));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void theCatalogueAcceptsExactlyTheValuesTheExchangeKnows(
      String param, WireValue[] constants, Function<String, Optional<?>> fromWire) {
    EndpointSpec placeOrder = OkxApi.endpoints().stream()
        .filter(e -> e.method().equals("POST") && e.path().equals("/api/v5/trade/order"))
        .findFirst().orElseThrow();

    List<String> wires = Arrays.stream(constants).map(WireValue::wire).toList();

    assertThat(placeOrder.param(param).orElseThrow().values()).isEqualTo(wires);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "BUY", "Buy", " buy", "buy ", "POST_ONLY", "postOnly", "long_short"})
  void wireValuesAreExactAsOnOkx(String text) {
    assertThat(Side.fromWire(text)).isEmpty();
    assertThat(OrderType.fromWire(text)).isEmpty();
    assertThat(TradeMode.fromWire(text)).isEmpty();
    assertThat(PositionSide.fromWire(text)).isEmpty();
    assertThat(TargetCurrency.fromWire(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"market", "optimal_limit_ioc"})
  void marketTypesIgnoreThePriceAndDoNotRest(String wire) {
    OrderType type = OrderType.fromWire(wire).orElseThrow();

    assertThat(type.isMarket()).isTrue();
    assertThat(type.rests()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit", "post_only"})
  void limitAndPostOnlyRest(String wire) {
    assertThat(OrderType.fromWire(wire).orElseThrow().rests()).isTrue();
    assertThat(OrderType.fromWire(wire).orElseThrow().isMarket()).isFalse();
  }
}
