package dev.okxtestkit.control.wire;

import dev.okxtestkit.control.OkxControlException;
import dev.okxtestkit.market.BookLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /__admin/okx/markets/{instId}/book}: {@code {"bids":[["40990","1"]],"asks":[["41000","0.5"]]}}. */
public record BookBody(List<List<String>> bids, List<List<String>> asks) {

  public static BookBody of(List<BookLevel> bids, List<BookLevel> asks) {
    return new BookBody(rows(bids), rows(asks));
  }

  public List<BookLevel> bidLevels() {
    return levels("bids", bids);
  }

  public List<BookLevel> askLevels() {
    return levels("asks", asks);
  }

  private static List<List<String>> rows(List<BookLevel> levels) {
    return levels.stream().map(l -> List.of(l.price().toString(), l.size().toString())).toList();
  }

  private static List<BookLevel> levels(String side, List<List<String>> rows) {
    List<BookLevel> levels = new ArrayList<>();
    for (List<String> row : rows == null ? List.<List<String>>of() : rows) {
      if (row == null || row.size() < 2) {
        throw new OkxControlException(side + " must be a list of [price, size]");
      }
      BigDecimal price = Decimals.parse("price", row.get(0));
      BigDecimal size = Decimals.parse("size", row.get(1));
      if (price.signum() <= 0 || size.signum() <= 0) {
        throw new OkxControlException(side + " need a positive price and size");
      }
      levels.add(new BookLevel(price, size, 1));
    }
    return levels;
  }
}
