package dev.okxtestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The WebSocket base URL, injected as the REST one is, reaches the simulator's WebSocket endpoints. */
@OkxSimulator
class WebSocketUrlTest {

  @OkxWsUrl
  String wsUrl;

  @Test
  void theInjectedUrlIsTheHandlesAndAnswersPing(@OkxWsUrl URI uri, OkxSimulatorHandle okx) throws Exception {
    assertThat(wsUrl).isEqualTo(okx.wsUrl()).isEqualTo(uri.toString()).matches("ws://127\\.0\\.0\\.1:\\d+/ws/v5/");
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(wsUrl + "public"), new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            received.add(data.toString());
            socket.request(1);
            return null;
          }
        }).get(10, TimeUnit.SECONDS);
    try {
      ws.sendText("ping", true).join();

      assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("pong");
    } finally {
      ws.abort();
    }
  }
}
