package dev.okxtestkit.junit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** Whether something listens at a base URL. */
final class OkxHttpProbe {

  private OkxHttpProbe() {}

  static boolean isListening(String baseUrl) {
    URI uri = URI.create(baseUrl);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
