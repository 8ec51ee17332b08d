package dev.okxtestkit.websocket;

import dev.okxtestkit.stream.StreamHub;
import dev.okxtestkit.stream.StreamPath;
import dev.okxtestkit.stream.StreamSession;
import dev.okxtestkit.stream.StreamSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * The simulator's WebSocket endpoints ({@code /ws/v5/public}, {@code /private}, {@code /business}) on
 * Java-WebSocket: frames in, {@link StreamSession} calls out; the protocol lives in okx-core. Runs on its
 * own port because WireMock's shaded Jetty carries no WebSocket support.
 */
public final class OkxWebSocketServer extends WebSocketServer {

  /** OKX: a request's args may total 64 KB; larger frames close the connection with 1009. */
  public static final int MAX_FRAME_BYTES = 64 * 1024;
  private static final int STOP_TIMEOUT_MS = 2_000;
  private static final long DUE_PUSH_TICK_MS = 5;
  private static final System.Logger LOG = System.getLogger("dev.okxtestkit.websocket");

  private final StreamHub hub;
  private final CountDownLatch started = new CountDownLatch(1);
  private final ScheduledExecutorService idleCheck = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "okx-ws-idle");
    t.setDaemon(true);
    return t;
  });
  private volatile Exception startFailure;

  public OkxWebSocketServer(String bindAddress, int port, StreamHub hub) {
    super(new InetSocketAddress(bindAddress, port), List.of(new Draft_6455(List.of(), List.of(
        new org.java_websocket.protocols.Protocol("")), MAX_FRAME_BYTES)));
    this.hub = hub;
    setReuseAddr(true);
    setTcpNoDelay(true);
    // The library's own keep-alive pings would keep a silent client connected: OKX's 30-s rule is ours.
    setConnectionLostTimeout(0);
    setDaemon(true);
  }

  /** Starts the server and returns once it listens (or failed to). */
  public void startListening() {
    start();
    try {
      if (!started.await(10, TimeUnit.SECONDS) || startFailure != null) {
        throw new UncheckedIOException(new IOException("the WebSocket server did not start", startFailure));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    long every = Math.max(50, Math.min(1_000, hub.idleTimeout().toMillis() / 4));
    idleCheck.scheduleAtFixedRate(survivingFailures(hub::closeIdle), every, every, TimeUnit.MILLISECONDS);
    // Throttled tickers and pushes a control rule holds back go out within this much of their due time.
    idleCheck.scheduleAtFixedRate(survivingFailures(hub::sendDuePushes), DUE_PUSH_TICK_MS, DUE_PUSH_TICK_MS,
        TimeUnit.MILLISECONDS);
  }

  /**
   * A scheduled task that throws is never run again: one failure would freeze every waiting push for good.
   * The failure is logged and the next tick runs.
   */
  private static Runnable survivingFailures(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "WebSocket tick failed; the next one runs", e);
      }
    };
  }

  /** Stops listening and closes every connection. */
  public void stopListening() {
    idleCheck.shutdownNow();
    try {
      stop(STOP_TIMEOUT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
      ClientHandshake request) throws InvalidDataException {
    if (StreamPath.of(request.getResourceDescriptor()).isEmpty()) {
      // Not one of OKX's paths: the handshake fails with 404, as on OKX.
      throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "no WebSocket endpoint here");
    }
    return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    String clientIp = conn.getRemoteSocketAddress().getAddress().getHostAddress();
    Optional<StreamSession> session = hub.open(handshake.getResourceDescriptor(), clientIp, sink(conn));
    if (session.isEmpty()) {
      conn.close(CloseFrame.TRY_AGAIN_LATER, "Too many connections");
      return;
    }
    conn.setAttachment(session.get());
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    StreamSession session = conn.getAttachment();
    if (session != null) {
      session.receive(message);
    }
  }

  @Override
  public void onMessage(WebSocket conn, ByteBuffer message) {
    StreamSession session = conn.getAttachment();
    if (session != null) {
      session.receiveBinary();
    }
  }

  @Override
  public void onWebsocketPing(WebSocket conn, Framedata frame) {
    StreamSession session = conn.getAttachment();
    if (session != null) {
      session.pinged();
    }
    super.onWebsocketPing(conn, frame); // answers with a pong frame
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    StreamSession session = conn.getAttachment();
    if (session != null) {
      hub.closed(session);
    }
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    if (conn == null) {
      startFailure = ex; // the server socket itself failed (port in use)
      started.countDown();
    }
    // A connection's I/O error closes it; onClose cleans up.
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  /** {@code ws://host:port/ws/v5/}: the base the three paths hang from. */
  public String url(String host) {
    return "ws://" + host + ":" + getPort() + StreamPath.BASE;
  }

  private static StreamSink sink(WebSocket conn) {
    return new StreamSink() {
      @Override
      public void send(String text) {
        try {
          conn.send(text);
        } catch (WebsocketNotConnectedException e) {
          // The client left meanwhile: nothing to tell it.
        }
      }

      @Override
      public void close(int code, String reason) {
        conn.close(code, reason);
      }
    };
  }
}
