package dev.okxtestkit.exchange;

/**
 * Refusals of OKX's account requests that answer for the whole request ({@code set-position-mode},
 * {@code set-leverage}, {@code asset/transfer}) with {@code code} and {@code msg}. Wording as in OKX's
 * error code list (https://www.okx.com/docs-v5/en/#error-code-rest-api-account and
 * #error-code-rest-api-funding).
 */
public enum SettingError {
  POS_SIDE("51000", "Parameter posSide error"),
  LEVER("51000", "Parameter lever error"),
  UNKNOWN_INSTRUMENT("51001", "Instrument ID, Instrument ID code or Spread ID doesn't exist."),
  POSITIONS_OR_ORDERS_OPEN("59000", "Settings failed. Close any open positions or orders before modifying settings."),
  LEVERAGE_TOO_HIGH("59102", "Leverage exceeds the maximum leverage. Please lower the leverage."),
  TRANSFER_SAME_ACCOUNT("51000", "Parameter to error"),
  TRANSFER_INSUFFICIENT("58350", "Insufficient balance.");

  private final String code;
  private final String message;

  SettingError(String code, String message) {
    this.code = code;
    this.message = message;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }
}
