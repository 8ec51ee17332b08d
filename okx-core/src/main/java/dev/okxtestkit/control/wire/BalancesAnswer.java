package dev.okxtestkit.control.wire;

import dev.okxtestkit.exchange.Balance;
import java.math.BigDecimal;
import java.util.List;

/** {@code GET /__admin/okx/accounts/{apiKey}/balances}: the account, one row per currency. */
public record BalancesAnswer(String apiKey, List<Row> balances) {

  public static BalancesAnswer of(String apiKey, List<Balance> balances) {
    return new BalancesAnswer(apiKey, balances.stream().map(b -> new Row(b.currency(),
        b.available().toPlainString(), b.frozen().toPlainString(), b.orderFrozen().toPlainString())).toList());
  }

  public List<Balance> toBalances() {
    return balances.stream().map(r -> new Balance(r.ccy(), new BigDecimal(r.availBal()),
        new BigDecimal(r.frozenBal()), new BigDecimal(r.ordFrozen()))).toList();
  }

  /** One currency, with OKX's field names. */
  public record Row(String ccy, String availBal, String frozenBal, String ordFrozen) {}
}
