package dev.okxtestkit.exchange;

/** The per-order codes and texts of OKX's trade class (OKX-API.md §4.3, current docs wording). */
final class TradeErrors {
  static final String PARAMETER_ERROR = "51000";
  static final String UNKNOWN_INSTRUMENT = "51001";
  static final String UNKNOWN_INSTRUMENT_MSG = "Instrument ID, Instrument ID code or Spread ID doesn't exist.";
  static final String IDS_REQUIRED = "51003";
  static final String IDS_REQUIRED_MSG = "Either client order ID or order ID is required.";
  static final String INSUFFICIENT = "51008";
  static final String INSUFFICIENT_SUB = "1000";
  static final String DUPLICATE_CLORDID = "51016";
  static final String DUPLICATE_CLORDID_MSG = "Client order ID already exists.";
  static final String BELOW_MIN = "51020";
  static final String BELOW_MIN_MSG = "Your order should meet or exceed the minimum order amount.";
  static final String NOT_LISTED = "51021";
  static final String NOT_LISTED_MSG = "The pair or contract is not yet listed";
  static final String SUSPENDED = "51022";
  static final String SUSPENDED_MSG = "Contract suspended.";
  static final String TOO_MANY_PENDING = "51102";
  static final String LOT_SIZE = "51121";
  static final String LOT_SIZE_MSG = "Order quantity must be a multiple of the lot size.";
  static final String LIMIT_WITHOUT_PX = "51204";
  static final String LIMIT_WITHOUT_PX_MSG = "The price for the limit order cannot be empty.";
  static final String CANCEL_FAILED = "51400";
  static final String CANCEL_FAILED_MSG =
      "Order cancellation failed as the order has been filled, canceled or does not exist.";
  static final String CANCEL_IDS_REQUIRED = "51407";
  static final String CANCEL_IDS_REQUIRED_MSG = "Either order ID or client order ID is required.";
  static final String AMEND_NOTHING = "51500";
  static final String AMEND_NOTHING_MSG = "You must enter a price, quantity, or TP/SL";
  static final String AMEND_INSUFFICIENT = "51502";
  static final String AMEND_INSUFFICIENT_SUB = "1030";
  static final String AMEND_INSUFFICIENT_MSG = "Unable to edit order: insufficient balance or margin.";
  static final String AMEND_FINISHED = "51503";
  static final String AMEND_FINISHED_MSG = "Your order has already been filled or canceled.";
  static final String AMEND_UNSUPPORTED = "51506";
  static final String AMEND_UNSUPPORTED_MSG = "Order modification unavailable for the order type.";
  static final String AMEND_POST_ONLY = "51511";
  static final String AMEND_POST_ONLY_MSG =
      "Modification failed as the order price did not meet the requirement for Post Only.";
  static final String ORDER_NOT_FOUND = "51603";
  static final String ORDER_NOT_FOUND_MSG = "Order does not exist";
  static final String PLACED_MSG = "Order placed";

  private TradeErrors() {}

  static String insufficient(String ccy) {
    return "Order failed. Insufficient " + ccy + " balance in account";
  }

  static String parameterError(String name) {
    return "Parameter " + name + " error";
  }
}
