package dev.okxtestkit.wiremock;

import dev.okxtestkit.testing.SignedClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 over a plain socket, for requests {@link java.net.http.HttpClient} refuses to send: header
 * values with non-ASCII bytes or control characters, headers of megabytes.
 */
final class RawHttp {

  private static final int TIMEOUT_MILLIS = (int) SignedClient.TIMEOUT.toMillis();

  private RawHttp() {}

  /**
   * What came back.
   *
   * @param status the status code, or {@code -1} if the server closed the connection without one
   * @param raw the bytes received, as ISO-8859-1 text
   */
  record Reply(int status, String raw) {

    /** The value of a response header, or {@code null}. */
    String header(String name) {
      for (String line : head().split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }

    String head() {
      int end = raw.indexOf("\r\n\r\n");
      return end < 0 ? raw : raw.substring(0, end);
    }

    String body() {
      int end = raw.indexOf("\r\n\r\n");
      return end < 0 ? "" : raw.substring(end + 4);
    }
  }

  /** A GET with the given header lines (each {@code Name: value}, no CRLF) as raw UTF-8 bytes. */
  static Reply get(int port, String target, String... headerLines) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    for (String line : headerLines) {
      request.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    request.writeBytes("Connection: close\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return exchange(port, request.toByteArray());
  }

  /**
   * Sends the bytes and reads until the server closes the connection. The bytes are written from
   * another thread, because a server that refuses a huge request answers and closes before reading
   * it all, and a blocked write must not keep the answer from being read.
   */
  static Reply exchange(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
        try {
          out.write(request);
          out.flush();
        } catch (IOException e) {
          // The server stopped reading (refused the request); what it answered is read below.
        }
      });
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          received.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException e) {
        throw new AssertionError("no complete answer within " + TIMEOUT_MILLIS + " ms; got: "
            + received.toString(StandardCharsets.ISO_8859_1), e);
      } catch (SocketException e) {
        // Connection reset after a refusal: keep what arrived before it.
      }
      writing.cancel(true);
      String raw = received.toString(StandardCharsets.ISO_8859_1);
      return new Reply(status(raw), raw);
    }
  }

  private static int status(String raw) {
    if (!raw.startsWith("HTTP/1.1 ") && !raw.startsWith("HTTP/1.0 ")) {
      return -1;
    }
    return Integer.parseInt(raw.substring(9, 12));
  }
}
