package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * One persistent HTTP/1.1 connection to 127.0.0.1, as a pooled client would hold. A plain socket
 * keeps the client's share of the two cores small and equal for both servers: no selector thread,
 * no per-request futures, nothing but signing, a write and a read.
 */
final class KeepAliveConnection implements AutoCloseable {

  private static final int TIMEOUT_MILLIS = 10_000;

  private final Socket socket;
  private final OutputStream out;
  private final ResponseReader reader;

  private KeepAliveConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.reader = new ResponseReader(socket.getInputStream());
  }

  /** Connects, or throws {@link java.net.ConnectException} if nothing listens on the port yet. */
  static KeepAliveConnection open(int port) throws IOException {
    Socket socket = new Socket();
    try {
      // Requests are written in one go; Nagle would only delay them.
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      return new KeepAliveConnection(socket);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /** Sends one request and reads its whole response. */
  HttpReply exchange(byte[] request, boolean keepBody) throws IOException {
    out.write(request);
    out.flush();
    return reader.read(keepBody);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
