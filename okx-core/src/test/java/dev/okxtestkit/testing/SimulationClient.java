package dev.okxtestkit.testing;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.testing.SignedClient.Reply;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends requests straight into an {@link OkxSimulation}'s pipeline, as a server adapter does: {@code admit},
 * then {@code serve} when admitted. No server and no HTTP, so core tests see exactly what the simulation
 * answers. A dropped connection (an injected fault) comes back as status 0.
 */
public final class SimulationClient {

  private static final String CLIENT_IP = "127.0.0.1";

  private final OkxSimulation simulation;

  public SimulationClient(OkxSimulation simulation) {
    this.simulation = simulation;
  }

  /** An unsigned request with only a JSON content type. */
  public Reply send(String method, String target, String body) {
    return send(method, target, body, Map.of());
  }

  public Reply send(String method, String target, String body, Map<String, String> headers) {
    Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    all.put("Content-Type", "application/json");
    all.putAll(headers);
    ApiRequest request = new ApiRequest(method, target, body, all, CLIENT_IP);
    ApiResponse response = simulation.admit(request, () -> false).orElseGet(() -> simulation.serve(request));
    return Reply.of(response.status(), response.body());
  }

  public Reply get(String target) {
    return send("GET", target, "");
  }

  /** Requests signed with the key at the simulation's own clock. */
  public Signed as(OkxCredentials key) {
    return new Signed(key);
  }

  /** Requests of one key. */
  public final class Signed {
    private final OkxCredentials key;

    private Signed(OkxCredentials key) {
      this.key = key;
    }

    public Reply get(String target) {
      return send("GET", target, "");
    }

    public Reply post(String path, String body) {
      return send("POST", path, body);
    }

    public Reply send(String method, String target, String body) {
      Map<String, String> headers =
          new OkxSigner().headers(key, method, target, body, simulation.clock().instant());
      return SimulationClient.this.send(method, target, body, headers);
    }
  }
}
