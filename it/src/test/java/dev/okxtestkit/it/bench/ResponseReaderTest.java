package dev.okxtestkit.it.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseReaderTest {

  private static ResponseReader reader(String wire) {
    return new ResponseReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
  }

  private static String text(HttpReply reply) {
    return new String(reply.body(), StandardCharsets.UTF_8);
  }

  @Test
  void readsBackToBackResponsesFramedByContentLength() throws IOException {
    ResponseReader reader = reader("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
        + "HTTP/1.1 404 Not Found\r\ncontent-length: 2\r\n\r\nno");

    HttpReply first = reader.read(true);
    HttpReply second = reader.read(true);

    assertThat(first.status()).isEqualTo(200);
    assertThat(text(first)).isEqualTo("hello");
    assertThat(first.keepAlive()).isTrue();
    assertThat(second.status()).isEqualTo(404);
    assertThat(text(second)).isEqualTo("no");
  }

  @Test
  void joinsChunksAndSkipsExtensionsAndTrailers() throws IOException {
    ResponseReader reader = reader("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "4;ext=1\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nX-Trailer: t\r\n\r\n"
        + "HTTP/1.1 204 No Content\r\n\r\n");

    HttpReply chunked = reader.read(true);
    HttpReply empty = reader.read(true);

    assertThat(text(chunked)).isEqualTo("{\"a\":1}");
    assertThat(chunked.bodyLength()).isEqualTo(7);
    assertThat(empty.status()).isEqualTo(204);
    assertThat(empty.bodyLength()).isZero();
  }

  @Test
  void countsWithoutKeepingWhenBodyNotWanted() throws IOException {
    HttpReply reply = reader("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc").read(false);

    assertThat(reply.body()).isNull();
    assertThat(reply.bodyLength()).isEqualTo(3);
  }

  @Test
  void connectionCloseOrUnframedBodyEndsKeepAlive() throws IOException {
    HttpReply closing = reader("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx").read(true);
    HttpReply toEnd = reader("HTTP/1.1 200 OK\r\n\r\nuntil the end").read(true);

    assertThat(closing.keepAlive()).isFalse();
    assertThat(toEnd.keepAlive()).isFalse();
    assertThat(text(toEnd)).isEqualTo("until the end");
  }

  @Test
  void truncatedBodyIsAnError() {
    assertThatThrownBy(() -> reader("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort").read(false))
        .isInstanceOf(EOFException.class);
  }
}
