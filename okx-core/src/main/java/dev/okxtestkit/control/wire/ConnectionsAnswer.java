package dev.okxtestkit.control.wire;

import dev.okxtestkit.control.StreamConnection;
import java.util.List;

/** {@code GET /__admin/okx/ws/connections}: the open WebSocket connections. */
public record ConnectionsAnswer(List<StreamConnection> connections) {

  public ConnectionsAnswer {
    connections = connections == null ? List.of() : List.copyOf(connections);
  }
}
