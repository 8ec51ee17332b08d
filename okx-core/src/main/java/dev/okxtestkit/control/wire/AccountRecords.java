package dev.okxtestkit.control.wire;

import dev.okxtestkit.exchange.Fill;
import dev.okxtestkit.exchange.OrderView;
import dev.okxtestkit.exchange.Position;
import java.util.List;

/**
 * {@code GET /__admin/okx/accounts/{apiKey}/orders}, {@code /fills} and {@code /positions}: the exchange's own
 * records as JSON, with OKX's terms as OKX writes them ({@code "side":"buy"}, {@code "state":"filled"}).
 */
public final class AccountRecords {

  private AccountRecords() {}

  /** The key's orders, newest first. */
  public record Orders(String apiKey, List<OrderView> orders) {}

  /** The key's fills, newest first. */
  public record Fills(String apiKey, List<Fill> fills) {}

  /** The key's open positions. */
  public record Positions(String apiKey, List<Position> positions) {}
}
