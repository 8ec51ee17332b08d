package dev.okxtestkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TradeErrorTest {

  /** Every refusal as OKX writes it: sCode, sMsg (with a sample detail) and subCode. */
  static Stream<Arguments> wire() {
    return Stream.of(
        Arguments.of(TradeError.PARAMETER_EMPTY, new Object[] {"sz"}, "50014", "Parameter sz can not be empty.", ""),
        Arguments.of(TradeError.PARAMETER_ERROR, new Object[] {"px"}, "51000", "Parameter px error", ""),
        Arguments.of(TradeError.UNKNOWN_INSTRUMENT, new Object[0], "51001",
            "Instrument ID, Instrument ID code or Spread ID doesn't exist.", ""),
        Arguments.of(TradeError.IDS_REQUIRED, new Object[0], "51003",
            "Either client order ID or order ID is required.", ""),
        Arguments.of(TradeError.INSUFFICIENT, new Object[] {"USDT"}, "51008",
            "Order failed. Insufficient USDT balance in account", "1000"),
        Arguments.of(TradeError.DUPLICATE_CLORDID, new Object[0], "51016", "Client order ID already exists.", ""),
        Arguments.of(TradeError.BELOW_MIN, new Object[0], "51020",
            "Your order should meet or exceed the minimum order amount.", ""),
        Arguments.of(TradeError.NOT_LISTED, new Object[0], "51021", "The pair or contract is not yet listed", ""),
        Arguments.of(TradeError.SUSPENDED, new Object[0], "51022", "Contract suspended.", ""),
        Arguments.of(TradeError.TOO_MANY_PENDING, new Object[] {500}, "51102",
            "Order failed, the number of pending orders for this instId can't be more than 500 (orders)", ""),
        Arguments.of(TradeError.CLOSE_EXCEEDS_POSITION, new Object[0], "51112",
            "Close order size exceeds your available size.", ""),
        Arguments.of(TradeError.LOT_SIZE, new Object[0], "51121",
            "Order quantity must be a multiple of the lot size.", ""),
        Arguments.of(TradeError.NO_POSITION_TO_CLOSE, new Object[0], "51169",
            "Order failed because you don't have any positions in this direction for this contract to reduce or close.",
            ""),
        Arguments.of(TradeError.LIMIT_WITHOUT_PX, new Object[0], "51204",
            "The price for the limit order cannot be empty.", ""),
        Arguments.of(TradeError.TP_ABOVE_LAST, new Object[0], "51277",
            "TP trigger price cannot be higher than the last price", ""),
        Arguments.of(TradeError.SL_BELOW_LAST, new Object[0], "51278",
            "SL trigger price cannot be lower than the last price", ""),
        Arguments.of(TradeError.TP_BELOW_LAST, new Object[0], "51279",
            "TP trigger price cannot be lower than the last price", ""),
        Arguments.of(TradeError.SL_ABOVE_LAST, new Object[0], "51280",
            "SL trigger price cannot be higher than the last price", ""),
        Arguments.of(TradeError.CANCEL_FAILED, new Object[0], "51400",
            "Order cancellation failed as the order has been filled, canceled or does not exist.", ""),
        Arguments.of(TradeError.CANCEL_ALREADY_CANCELED, new Object[0], "51401",
            "Cancellation failed as the order is already canceled.", ""),
        Arguments.of(TradeError.CANCEL_ALREADY_COMPLETED, new Object[0], "51402",
            "Cancellation failed as the order is already completed.", ""),
        Arguments.of(TradeError.CANCEL_IDS_REQUIRED, new Object[0], "51407",
            "Either order ID or client order ID is required.", ""),
        Arguments.of(TradeError.AMEND_NOTHING, new Object[0], "51500",
            "You must enter a price, quantity, or TP/SL", ""),
        Arguments.of(TradeError.AMEND_INSUFFICIENT, new Object[0], "51502",
            "Unable to edit order: insufficient balance or margin.", "1030"),
        Arguments.of(TradeError.AMEND_FINISHED, new Object[0], "51503",
            "Your order has already been filled or canceled.", ""),
        Arguments.of(TradeError.AMEND_UNSUPPORTED, new Object[0], "51506",
            "Order modification unavailable for the order type.", ""),
        Arguments.of(TradeError.AMEND_POST_ONLY, new Object[0], "51511",
            "Modification failed as the order price did not meet the requirement for Post Only.", ""),
        Arguments.of(TradeError.ORDER_NOT_FOUND, new Object[0], "51603", "Order does not exist", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wire")
  void writesOkxsCodeMessageAndSubCode(TradeError error, Object[] details, String code, String message, String subCode) {
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.message(details)).isEqualTo(message);
    assertThat(error.subCode()).isEqualTo(subCode);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wire")
  void aRefusalCarriesTheErrorsOwnCodeMessageAndSubCode(
      TradeError error, Object[] details, String code, String message, String subCode) {
    ItemResult result = ItemResult.failed("c1", "t1", 42L, error, details);

    assertThat(result).isEqualTo(new ItemResult("", "c1", "t1", code, message, subCode, 42L));
    assertThat(result.ok()).isFalse();
  }

  @Test
  void theTableAboveCoversEveryError() {
    Set<TradeError> listed = wire().map(a -> (TradeError) a.get()[0]).collect(Collectors.toSet());

    assertThat(listed).isEqualTo(EnumSet.allOf(TradeError.class));
  }

  @Test
  void aMessageTakesExactlyItsDetails() {
    assertThatThrownBy(() -> TradeError.PARAMETER_ERROR.message())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PARAMETER_ERROR takes 1 details, got 0");
    assertThatThrownBy(() -> TradeError.ORDER_NOT_FOUND.message("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noCodeIsUsedTwice() {
    assertThat(Stream.of(TradeError.values()).map(TradeError::code).distinct().count())
        .isEqualTo(TradeError.values().length);
  }
}
