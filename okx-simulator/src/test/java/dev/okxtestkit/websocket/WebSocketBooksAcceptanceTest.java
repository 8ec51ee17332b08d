package dev.okxtestkit.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.market.BookLevel;
import dev.okxtestkit.stream.BookChecksum;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.WsClient;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code books} channel as clients keep a local book from it: a snapshot, then increments chained by
 * {@code prevSeqId}, with the older CRC32 checksum on request (checked here by computing it the way the
 * clients do, from the local book).
 */
class WebSocketBooksAcceptanceTest {

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.with(b -> b.bookChecksum(BookChecksum.CRC32));

  @Test
  void aSnapshotThenIncrementsThatRebuildTheSameBookWithAValidChecksum() throws Exception {
    okx.server().control().setBook("ETH-BTC",
        List.of(BookLevel.of("0.05", "3"), BookLevel.of("0.049", "5")),
        List.of(BookLevel.of("0.051", "2"), BookLevel.of("0.052", "4")));
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      ws.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"books\",\"instId\":\"ETH-BTC\"}]}");
      ws.next();
      JsonNode snapshot = ws.next();
      assertThat(snapshot.path("action").asText()).isEqualTo("snapshot");
      JsonNode first = snapshot.path("data").path(0);
      assertThat(first.path("prevSeqId").asLong()).isEqualTo(-1);
      LocalBook book = new LocalBook();
      book.apply(first);
      assertThat(first.path("checksum").asInt()).isEqualTo(book.checksum());

      okx.server().control().setBook("ETH-BTC",
          List.of(BookLevel.of("0.05", "1"), BookLevel.of("0.048", "5")),
          List.of(BookLevel.of("0.051", "2"), BookLevel.of("0.052", "4")));

      JsonNode update = ws.next();
      assertThat(update.path("action").asText()).isEqualTo("update");
      JsonNode data = update.path("data").path(0);
      assertThat(data.path("prevSeqId").asLong()).isEqualTo(first.path("seqId").asLong());
      assertThat(data.path("asks")).as("the asks did not change").isEmpty();
      assertThat(data.path("bids")).extracting(l -> l.path(0).asText() + "=" + l.path(1).asText())
          .containsExactly("0.05=1", "0.049=0", "0.048=5");
      book.apply(data);
      assertThat(data.path("checksum").asInt()).isEqualTo(book.checksum());
      assertThat(book.bids.keySet()).containsExactly(new BigDecimal("0.05"), new BigDecimal("0.048"));
    }
  }

  /** A client's local book: levels by price, "0" deletes, CRC32 of the top 25 as OKX's older docs say. */
  private static final class LocalBook {
    final TreeMap<BigDecimal, String[]> bids = new TreeMap<>(Comparator.reverseOrder());
    final TreeMap<BigDecimal, String[]> asks = new TreeMap<>();

    void apply(JsonNode data) {
      apply(bids, data.path("bids"));
      apply(asks, data.path("asks"));
    }

    private static void apply(TreeMap<BigDecimal, String[]> side, JsonNode levels) {
      for (JsonNode level : levels) {
        BigDecimal px = new BigDecimal(level.path(0).asText());
        if (new BigDecimal(level.path(1).asText()).signum() == 0) {
          side.remove(px);
        } else {
          side.put(px, new String[] {level.path(0).asText(), level.path(1).asText()});
        }
      }
    }

    int checksum() {
      List<String[]> b = new ArrayList<>(bids.values());
      List<String[]> a = new ArrayList<>(asks.values());
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        if (i < b.size()) {
          parts.add(b.get(i)[0] + ":" + b.get(i)[1]);
        }
        if (i < a.size()) {
          parts.add(a.get(i)[0] + ":" + a.get(i)[1]);
        }
      }
      CRC32 crc = new CRC32();
      crc.update(String.join(":", parts).getBytes(StandardCharsets.UTF_8));
      return (int) crc.getValue();
    }
  }
}
