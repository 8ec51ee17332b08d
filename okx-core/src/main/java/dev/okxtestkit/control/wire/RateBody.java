package dev.okxtestkit.control.wire;

import java.math.BigDecimal;

/** {@code POST /__admin/okx/markets/{instId}/funding-rate}: {@code {"rate":"0.0003"}} per funding period. */
public record RateBody(String rate) {

  public static RateBody of(BigDecimal rate) {
    return new RateBody(rate.toString());
  }

  public BigDecimal value() {
    return Decimals.parse("rate", rate);
  }
}
