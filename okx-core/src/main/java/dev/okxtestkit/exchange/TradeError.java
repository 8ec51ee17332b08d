package dev.okxtestkit.exchange;

import java.util.Locale;

/**
 * The per-order refusals of OKX's trade class ({@code sCode}, {@code sMsg} and {@code subCode} of a
 * {@code data[]} item), each code with its own message so the two cannot be paired wrongly. Wording as
 * in OKX's error code list (https://www.okx.com/docs-v5/en/#error-code-rest-api-trade). A {@code %s} in a
 * message is a detail filled in per refusal: a parameter name, a currency, a limit.
 */
enum TradeError {
  PARAMETER_EMPTY("50014", "Parameter %s can not be empty."),
  PARAMETER_ERROR("51000", "Parameter %s error"),
  UNKNOWN_INSTRUMENT("51001", "Instrument ID, Instrument ID code or Spread ID doesn't exist."),
  IDS_REQUIRED("51003", "Either client order ID or order ID is required."),
  INSUFFICIENT("51008", "Order failed. Insufficient %s balance in account", "1000"),
  DUPLICATE_CLORDID("51016", "Client order ID already exists."),
  BELOW_MIN("51020", "Your order should meet or exceed the minimum order amount."),
  NOT_LISTED("51021", "The pair or contract is not yet listed"),
  SUSPENDED("51022", "Contract suspended."),
  TOO_MANY_PENDING("51102",
      "Order failed, the number of pending orders for this instId can't be more than %s (orders)"),
  CLOSE_EXCEEDS_POSITION("51112", "Close order size exceeds your available size."),
  LOT_SIZE("51121", "Order quantity must be a multiple of the lot size."),
  NO_POSITION_TO_CLOSE("51169",
      "Order failed because you don't have any positions in this direction for this contract to reduce or close."),
  LIMIT_WITHOUT_PX("51204", "The price for the limit order cannot be empty."),
  TP_ABOVE_LAST("51277", "TP trigger price cannot be higher than the last price"),
  SL_BELOW_LAST("51278", "SL trigger price cannot be lower than the last price"),
  TP_BELOW_LAST("51279", "TP trigger price cannot be lower than the last price"),
  SL_ABOVE_LAST("51280", "SL trigger price cannot be higher than the last price"),
  CANCEL_FAILED("51400", "Order cancellation failed as the order has been filled, canceled or does not exist."),
  /**
   * OKX's documentation now lists 51401 and 51402 for spread orders only and 51400 for any order that
   * cannot be cancelled, but its servers answered 51401 for an order already cancelled, and clients
   * (Hummingbot) tell the two apart: the simulator answers as the server did.
   */
  CANCEL_ALREADY_CANCELED("51401", "Cancellation failed as the order is already canceled."),
  CANCEL_ALREADY_COMPLETED("51402", "Cancellation failed as the order is already completed."),
  CANCEL_IDS_REQUIRED("51407", "Either order ID or client order ID is required."),
  AMEND_NOTHING("51500", "You must enter a price, quantity, or TP/SL"),
  AMEND_INSUFFICIENT("51502", "Unable to edit order: insufficient balance or margin.", "1030"),
  AMEND_FINISHED("51503", "Your order has already been filled or canceled."),
  AMEND_UNSUPPORTED("51506", "Order modification unavailable for the order type."),
  AMEND_POST_ONLY("51511", "Modification failed as the order price did not meet the requirement for Post Only."),
  ORDER_NOT_FOUND("51603", "Order does not exist");

  private static final String DETAIL = "%s";

  private final String code;
  private final String template;
  private final String subCode;

  TradeError(String code, String template) {
    this(code, template, "");
  }

  TradeError(String code, String template, String subCode) {
    this.code = code;
    this.template = template;
    this.subCode = subCode;
  }

  /** {@code sCode}. */
  String code() {
    return code;
  }

  /** {@code subCode}: empty unless OKX gives this refusal one. */
  String subCode() {
    return subCode;
  }

  /** How many details {@link #message} takes. */
  int detailCount() {
    int count = 0;
    for (int at = template.indexOf(DETAIL); at >= 0; at = template.indexOf(DETAIL, at + DETAIL.length())) {
      count++;
    }
    return count;
  }

  /**
   * {@code sMsg} with its details, e.g. {@code PARAMETER_ERROR.message("px")} is {@code "Parameter px
   * error"}.
   *
   * @throws IllegalArgumentException when the number of details is not the message's
   */
  String message(Object... details) {
    if (details.length != detailCount()) {
      throw new IllegalArgumentException(name() + " takes " + detailCount() + " details, got " + details.length);
    }
    return String.format(Locale.ROOT, template, details);
  }
}
