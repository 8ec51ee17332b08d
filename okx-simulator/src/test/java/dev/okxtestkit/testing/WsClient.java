package dev.okxtestkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A real WebSocket client for tests (the JDK's {@link java.net.http.WebSocket}): sends text, collects
 * every text frame in order, and waits for messages with a timeout, never by sleeping.
 */
public final class WsClient implements AutoCloseable {

  public static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebSocket socket;
  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final BlockingQueue<ByteBuffer> pongs = new LinkedBlockingQueue<>();

  private WsClient(URI uri) {
    StringBuilder partial = new StringBuilder();
    WebSocket.Listener listener = new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          messages.add(partial.toString());
          partial.setLength(0);
        }
        ws.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
        pongs.add(message);
        ws.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        closed.complete(statusCode);
        messages.add("<closed " + statusCode + " " + reason + ">");
        return null;
      }

      @Override
      public void onError(WebSocket ws, Throwable error) {
        closed.complete(-1);
      }
    };
    try {
      this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
          .buildAsync(uri, listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new UncheckedIOException(new IOException("cannot connect to " + uri, e));
    }
  }

  /** Connects to {@code baseUrl + path}, e.g. {@code ws://127.0.0.1:1234/ws/v5/} and {@code private}. */
  public static WsClient connect(String baseUrl, String path) {
    return new WsClient(URI.create(baseUrl + path));
  }

  public WsClient send(String text) {
    socket.sendText(text, true).join();
    return this;
  }

  public WsClient sendBinary(byte[] bytes) {
    socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    return this;
  }

  /** Sends a protocol ping frame and waits for its pong frame. */
  public boolean pingFrame() throws InterruptedException {
    socket.sendPing(ByteBuffer.wrap(new byte[] {1, 2, 3})).join();
    return pongs.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS) != null;
  }

  /** The next text frame as it came. */
  public String nextText() throws InterruptedException {
    String message = messages.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (message == null) {
      throw new AssertionError("no message within " + TIMEOUT);
    }
    return message;
  }

  /** The next message, parsed. */
  public JsonNode next() throws InterruptedException {
    String text = nextText();
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** Skips messages until one matches (at most for {@link #TIMEOUT}); fails when none does. */
  public JsonNode next(Predicate<JsonNode> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String text = messages.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
      if (text == null) {
        break;
      }
      if (text.startsWith("<closed")) {
        throw new AssertionError("closed while waiting: " + text);
      }
      try {
        JsonNode message = JSON.readTree(text);
        if (wanted.test(message)) {
          return message;
        }
      } catch (IOException e) {
        // a non-JSON frame (pong): not the one wanted
      }
    }
    throw new AssertionError("no matching message within " + TIMEOUT);
  }

  /** The next message if one arrives within {@code wait}. */
  public Optional<JsonNode> nextWithin(Duration wait) throws InterruptedException {
    String text = messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(text));
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** Whether no further message arrives within {@code wait}. */
  public boolean quietFor(Duration wait) throws InterruptedException {
    return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  /** The close code the server sent, waiting for it. */
  public int closeCode() throws Exception {
    return closed.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    socket.abort();
  }
}
