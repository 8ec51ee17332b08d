package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * WebSocket connections read by one selector thread that counts the server's text frames without
 * decoding them: the cheapest subscribers there can be, for measuring what pushes cost the <em>server</em>
 * on a machine whose cores the subscribers share. The JDK's client decodes every frame into a String and
 * hands it between threads, which on two cores cost REST more than the server's own push work did.
 * Enough of RFC 6455 for that: the upgrade, masked text frames out, unmasked frames in; no fragmented
 * messages (the simulator sends none).
 */
final class RawSubscribers implements AutoCloseable {

  private static final byte[] DATA = "\"data\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EVENT = "\"event\"".getBytes(StandardCharsets.US_ASCII);
  private static final int OPCODE_TEXT = 1;
  private static final int OPCODE_CLOSE = 8;

  private final Selector selector;
  private final List<SocketChannel> channels = new ArrayList<>();
  private final AtomicLong pushes = new AtomicLong();
  private final Set<SocketChannel> closed = ConcurrentHashMap.newKeySet();
  private final AtomicReference<CountDownLatch> events = new AtomicReference<>(new CountDownLatch(0));
  private final Thread reader;

  RawSubscribers(URI uri, int connections) throws IOException {
    selector = Selector.open();
    for (int i = 0; i < connections; i++) {
      SocketChannel channel = SocketChannel.open(new InetSocketAddress(uri.getHost(), uri.getPort()));
      channel.socket().setTcpNoDelay(true);
      ByteBuffer leftover = upgrade(channel, uri);
      channel.configureBlocking(false);
      channel.register(selector, SelectionKey.OP_READ, leftover);
      channels.add(channel);
    }
    reader = new Thread(this::readLoop, "raw-subscribers");
    reader.setDaemon(true);
    reader.start();
  }

  /** Text frames with {@code "data"} received so far: pushes. */
  long pushes() {
    return pushes.get();
  }

  /** Connections the server closed (or that stopped being read). */
  long closes() {
    return closed.size();
  }

  /**
   * Sends {@code text} on every connection and waits until each has answered with an event
   * ({@code subscribe}, {@code unsubscribe}, {@code error}).
   */
  void sendToAllAndAwaitEvents(String text) throws IOException, InterruptedException {
    CountDownLatch answered = new CountDownLatch(channels.size());
    events.set(answered);
    for (SocketChannel channel : channels) {
      ByteBuffer frame = maskedText(text);
      synchronized (channel) {
        while (frame.hasRemaining()) {
          channel.write(frame); // a small frame into an empty send buffer: one call
        }
      }
    }
    if (!answered.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("not every connection answered " + text);
    }
  }

  private static ByteBuffer upgrade(SocketChannel channel, URI uri) throws IOException {
    byte[] nonce = new byte[16];
    ThreadLocalRandom.current().nextBytes(nonce);
    String request = "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
        + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    while (true) {
      if (!in.hasRemaining() || channel.read(in) < 0) {
        throw new IOException("no complete upgrade answer");
      }
      String head = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
      int end = head.indexOf("\r\n\r\n");
      if (end >= 0) {
        if (!head.startsWith("HTTP/1.1 101")) {
          throw new IOException("upgrade refused: " + head.lines().findFirst().orElse(""));
        }
        in.flip().position(end + 4);
        return in.compact(); // frames that came with the answer stay for the reader
      }
    }
  }

  private void readLoop() {
    try {
      while (selector.isOpen()) {
        selector.select();
        for (SelectionKey key : selector.selectedKeys()) {
          read(key);
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException | ClosedSelectorException e) {
      // closed
    } catch (RuntimeException e) {
      closed.addAll(channels); // the run stops: pushes are no longer counted
      System.err.println("raw subscribers stopped: " + e);
    }
  }

  private void read(SelectionKey key) throws IOException {
    SocketChannel channel = (SocketChannel) key.channel();
    ByteBuffer in = (ByteBuffer) key.attachment();
    if (channel.read(in) < 0) {
      key.cancel();
      closed.add(channel);
      return;
    }
    in.flip();
    while (in.remaining() >= 2) {
      int start = in.position();
      int opcode = in.get(start) & 0x0F;
      int length = in.get(start + 1) & 0x7F;
      int header = 2;
      if (length == 126) {
        header = 4;
        length = in.remaining() < header ? -1 : in.getShort(start + 2) & 0xFFFF;
      } else if (length == 127) {
        header = 10;
        length = in.remaining() < header ? -1 : (int) Math.min(in.getLong(start + 2), Integer.MAX_VALUE);
      }
      if (length > in.capacity() - header) {
        throw new IllegalStateException("a frame of " + length + " bytes; the harness expects small pushes");
      }
      if (length < 0 || in.remaining() < header + length) {
        break; // the rest of the frame is still on its way
      }
      if (opcode == OPCODE_TEXT) {
        count(in, start + header, length);
      } else if (opcode == OPCODE_CLOSE) {
        closed.add((SocketChannel) key.channel());
      }
      in.position(start + header + length);
    }
    in.compact();
    if (!in.hasRemaining()) {
      // A frame larger than the buffer would leave the key readable and this thread spinning.
      throw new IllegalStateException("a frame over " + in.capacity() + " bytes; the harness expects small pushes");
    }
  }

  private void count(ByteBuffer in, int from, int length) {
    if (contains(in, from, length, DATA)) {
      pushes.incrementAndGet();
    } else if (contains(in, from, length, EVENT)) {
      events.get().countDown();
    }
  }

  private static boolean contains(ByteBuffer in, int from, int length, byte[] word) {
    outer:
    for (int i = from; i <= from + length - word.length; i++) {
      for (int j = 0; j < word.length; j++) {
        if (in.get(i + j) != word[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** A client's frames are masked (RFC 6455 5.3). */
  private static ByteBuffer maskedText(String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    if (payload.length > 125) {
      throw new IllegalArgumentException("only short control messages are sent");
    }
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    ByteBuffer frame = ByteBuffer.allocate(6 + payload.length);
    frame.put((byte) (0x80 | OPCODE_TEXT)).put((byte) (0x80 | payload.length)).put(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.put((byte) (payload[i] ^ mask[i % 4]));
    }
    return frame.flip();
  }

  @Override
  public void close() throws IOException {
    try {
      selector.close();
    } finally {
      for (SocketChannel channel : channels) {
        channel.close();
      }
    }
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
