package dev.okxtestkit.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.testing.ServerFixture;
import dev.okxtestkit.testing.WsClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OKX closes a connection that sends nothing for 30 s; here the timeout is shortened to keep tests fast. */
class WebSocketIdleAcceptanceTest {

  @RegisterExtension
  static final ServerFixture okx = ServerFixture.with(b -> b.webSocketIdleTimeout(Duration.ofMillis(400)));

  @Test
  void aSilentConnectionIsClosedWith4004() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      assertThat(ws.closeCode()).isEqualTo(4004);
      assertThat(okx.server().simulation().streams().sessions()).isEmpty();
    }
  }

  @Test
  void pingsKeepAConnectionOpen() throws Exception {
    try (WsClient ws = WsClient.connect(okx.server().wsUrl(), "public")) {
      for (int i = 0; i < 6; i++) {
        ws.send("ping");
        assertThat(ws.nextText()).isEqualTo("pong");
        assertThat(ws.quietFor(Duration.ofMillis(150))).isTrue();
      }
      assertThat(ws.pingFrame()).isTrue();
      assertThat(okx.server().simulation().streams().sessions()).hasSize(1);
    }
  }
}
