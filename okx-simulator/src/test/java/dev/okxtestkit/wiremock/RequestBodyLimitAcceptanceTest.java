package dev.okxtestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.SignedClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request bodies over the limit (1 MiB by default) are refused with 413 before WireMock reads them, so no
 * request can make the simulator hold more than the limit in memory: not a huge body, not a chunked one,
 * not a small gzip body that inflates to gigabytes.
 */
@Timeout(60)
class RequestBodyLimitAcceptanceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.000Z");
  private static final String ORDER = "/api/v5/trade/order";
  private static final String TOO_LARGE = "{\"code\":\"50000\",\"msg\":\"Request body too large\",\"data\":[]}";
  private static final int MIB = 1024 * 1024;

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.atFixedClock(NOW);

  @Test
  void declaredBodyOverTheLimitIsRefusedBeforeItIsSent() throws IOException {
    // The head and the first 64 KiB of 10 MiB (Jetty dispatches a request once some body arrives): a
    // okx.server() that waited for the whole body would never answer.
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head(ORDER, "Content-Length: " + 10 * MIB));
    request.writeBytes(new byte[64 * 1024]);

    RawHttp.Reply reply = RawHttp.exchange(okx.server().port(), request.toByteArray());

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.body()).isEqualTo(TOO_LARGE);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    assertThat(reply.header("Connection")).isEqualTo("close");
    assertThat(reply.header(OkxSimulation.DIAGNOSIS_HEADER))
        .isEqualTo("body-too-large The request body is over the simulator's limit of 1048576 bytes"
            + " (maxRequestBodyBytes, --max-request-body-bytes).");
  }

  @Test
  void chunkedBodyIsRefusedAsSoonAsItPassesTheLimit() throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head(ORDER, "Transfer-Encoding: chunked"));
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'a');
    for (int sent = 0; sent <= MIB; sent += chunk.length) {
      request.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      request.writeBytes(chunk);
      request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    // No last chunk: the body never ends, so only a refusal at the limit answers.

    RawHttp.Reply reply = RawHttp.exchange(okx.server().port(), request.toByteArray());

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.body()).isEqualTo(TOO_LARGE);
  }

  @Test
  void http2BodyWithoutALengthIsRefusedToo() throws IOException, InterruptedException {
    // WireMock serves h2c; an HTTP/2 body needs neither Content-Length nor chunked encoding. (The JDK
    // client finishes sending before it reads an answer, so the body is one the server's flow-control
    // window takes whole.)
    try (OkxSimulatorServer small =
        OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).maxRequestBodyBytes(100_000).start()) {
      HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
      HttpResponse<String> upgraded = http2.send(
          HttpRequest.newBuilder(URI.create(small.baseUrl() + "/api/v5/public/time")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpRequest.BodyPublisher unknownLength =
          HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(new byte[150_000]));

      HttpResponse<String> response = http2.send(HttpRequest.newBuilder(URI.create(small.baseUrl() + ORDER))
          .timeout(SignedClient.TIMEOUT).POST(unknownLength).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(upgraded.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.body()).isEqualTo(TOO_LARGE);
    }
  }

  @Test
  void gzipBodyThatInflatesPastTheLimitIsRefused() throws IOException {
    byte[] bomb = gzip(new byte[64 * MIB]); // about 64 KiB on the wire

    RawHttp.Reply reply = RawHttp.exchange(okx.server().port(), post(ORDER, bomb, "Content-Encoding: gzip"));

    assertThat(bomb.length).isLessThan(MIB);
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.body()).isEqualTo(TOO_LARGE);
  }

  @Test
  void gzipBodyWithoutContentEncodingIsRefusedToo() throws IOException {
    // WireMock inflates any body that starts with gzip's magic bytes, whatever the headers say.
    RawHttp.Reply reply = RawHttp.exchange(okx.server().port(), post(ORDER, gzip(new byte[64 * MIB])));

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.body()).isEqualTo(TOO_LARGE);
  }

  @Test
  void bodyUnderTheLimitReachesTheGate() throws IOException {
    RawHttp.Reply reply = RawHttp.exchange(okx.server().port(), post(ORDER, new byte[MIB - 1024]));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body())
        .isEqualTo("{\"msg\":\"Request header OK-ACCESS-KEY can not be empty.\",\"code\":\"50103\"}");
  }

  @Test
  void smallGzipBodyStillReachesTheGate() throws IOException {
    byte[] body = gzip("{\"instId\":\"BTC-USDT\"}".getBytes(StandardCharsets.UTF_8));
    RawHttp.Reply reply = RawHttp.exchange(okx.server().port(), post(ORDER, body, "Content-Encoding: gzip"));

    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void theLimitIsConfigurableAndExact() throws IOException {
    try (OkxSimulatorServer small =
        OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).maxRequestBodyBytes(1000).start()) {
      RawHttp.Reply atTheLimit = RawHttp.exchange(small.port(), post(ORDER, new byte[1000]));
      RawHttp.Reply overIt = RawHttp.exchange(small.port(), post(ORDER, new byte[1001]));

      assertThat(atTheLimit.status()).isEqualTo(401);
      assertThat(overIt.status()).isEqualTo(413);
      assertThat(overIt.header(OkxSimulation.DIAGNOSIS_HEADER)).contains("limit of 1000 bytes");
    }
  }

  @Test
  void adminRequestsHaveTheLimitToo() throws IOException {
    RawHttp.Reply reply = RawHttp.exchange(okx.server().port(), post("/__admin/mappings", new byte[2 * MIB]));

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.body()).isEqualTo(TOO_LARGE);
  }

  @Test
  void thirtyBodiesOfTenMegabytesLeaveTheHeapAsItWas() throws IOException {
    byte[] request = post(ORDER, new byte[10 * MIB]);
    long before = usedHeapAfterGc();

    for (int i = 0; i < 30; i++) {
      assertThat(RawHttp.exchange(okx.server().port(), request).status()).isEqualTo(413);
    }

    long grown = usedHeapAfterGc() - before;
    assertThat(grown).as("heap growth in bytes").isLessThan(16L * MIB);
  }

  /** Heap in use after the collector has run, for a check that a run of requests retained nothing. */
  static long usedHeapAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  static byte[] post(String target, byte[] body, String... headerLines) {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    String[] lines = Arrays.copyOf(headerLines, headerLines.length + 1);
    lines[headerLines.length] = "Content-Length: " + body.length;
    request.writeBytes(head(target, lines));
    request.writeBytes(body);
    return request.toByteArray();
  }

  private static byte[] head(String target, String... headerLines) {
    StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nConnection: close\r\n");
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }
}
