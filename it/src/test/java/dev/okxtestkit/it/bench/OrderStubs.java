package dev.okxtestkit.it.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.control.KeySpec;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.protocol.ApiResponse;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bare WireMock's side of the place+cancel workload: static stubs for both POST paths, matched on
 * method and path only, as a hand-written stub would be. Their bodies are what the simulator itself
 * answers to the first place and its cancel, computed in-process, so both servers send answers of
 * the same shape and size. The static cancel answer names the static order, which is fine: bare
 * WireMock does not check the ordId it is sent.
 */
final class OrderStubs {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private OrderStubs() {}

  /** Adds the two stubs to {@code rootDir/mappings} (next to the balance stub the probe needs). */
  static void write(Path rootDir, OkxCredentials key) throws IOException {
    OkxSimulation simulation = new OkxSimulation();
    simulation.control().createKey(KeySpec.of(key));
    ApiResponse placed = serve(simulation, key, OrderPlaceCancelWorkload.PLACE_PATH,
        OrderPlaceCancelWorkload.PLACE_BODY);
    String ordId = JSON.readTree(placed.body()).path("data").path(0).path("ordId").asText();
    ApiResponse cancelled = serve(simulation, key, OrderPlaceCancelWorkload.CANCEL_PATH,
        OrderPlaceCancelWorkload.cancelBody(ordId));
    Path mappings = Files.createDirectories(rootDir.resolve("mappings"));
    writeStub(mappings.resolve("trade-order.json"), OrderPlaceCancelWorkload.PLACE_PATH, placed);
    writeStub(mappings.resolve("trade-cancel-order.json"), OrderPlaceCancelWorkload.CANCEL_PATH, cancelled);
  }

  private static ApiResponse serve(OkxSimulation simulation, OkxCredentials key, String path, String body) {
    Map<String, String> headers = new LinkedHashMap<>(new OkxSigner().headers(key, "POST", path, body, Instant.now()));
    headers.put("Content-Type", "application/json");
    ApiResponse response = simulation.serve(new ApiRequest("POST", path, body, headers, "127.0.0.1"));
    if (response.status() != 200 || !response.body().contains("\"sCode\":\"0\"")) {
      throw new IllegalStateException("the simulator answered " + path + " with " + response);
    }
    return response;
  }

  private static void writeStub(Path file, String path, ApiResponse answer) throws IOException {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("method", "POST");
    request.put("urlPath", path);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("status", answer.status());
    response.put("headers", answer.headers());
    response.put("body", answer.body());
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("name", "static OKX " + path + " (benchmark baseline)");
    mapping.put("request", request);
    mapping.put("response", response);
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), mapping);
  }
}
