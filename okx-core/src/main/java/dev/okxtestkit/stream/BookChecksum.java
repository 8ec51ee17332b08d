package dev.okxtestkit.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code checksum} of the {@code books} channel. OKX sends {@code 0} today (its docs call the field
 * deprecated); clients written against the older docs verify a CRC32 of the top 25 levels, so the
 * simulator can send that too (https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-order-book-channel).
 */
public enum BookChecksum {
  /** {@code 0}, as OKX sends it now. */
  ZERO,
  /**
   * The older rule: {@code bid1px:bid1sz:ask1px:ask1sz:...} over the first 25 levels of each side (a
   * shorter side's missing entries skipped), prices and sizes as sent, CRC32 as a signed 32-bit integer.
   */
  CRC32;

  private static final int LEVELS = 25;

  /** The checksum of the book after the message: levels are {@code [price, size, ...]} strings. */
  int of(List<List<String>> bids, List<List<String>> asks) {
    if (this == ZERO) {
      return 0;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < LEVELS; i++) {
      if (i < bids.size()) {
        append(text, bids.get(i));
      }
      if (i < asks.size()) {
        append(text, asks.get(i));
      }
    }
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  private static void append(StringBuilder text, List<String> level) {
    if (text.length() > 0) {
      text.append(':');
    }
    text.append(level.get(0)).append(':').append(level.get(1));
  }
}
