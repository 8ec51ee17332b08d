package dev.okxtestkit.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** WebSocket connections of the JDK's client, each handing whole text messages to a consumer. */
final class WsClients {

  private WsClients() {}

  static WebSocket connect(HttpClient http, URI uri, Consumer<String> onMessage) {
    return http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
      private final StringBuilder partial = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          onMessage.accept(partial.toString());
          partial.setLength(0);
        }
        ws.request(1);
        return CompletableFuture.completedFuture(null);
      }
    }).join();
  }
}
