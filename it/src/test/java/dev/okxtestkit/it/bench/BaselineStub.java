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
 * Bare WireMock's side of the comparison: a WireMock root directory whose {@code mappings/} holds one
 * static stub for the balance path. Its body is what the simulator's own endpoint answers for a fresh
 * account, computed in-process, so both servers send the same bytes and only the work behind them
 * differs.
 */
final class BaselineStub {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private BaselineStub() {}

  /** Writes {@code rootDir/mappings/account-balance.json} and returns the body it serves. */
  static String write(Path rootDir, OkxCredentials key) throws IOException {
    ApiResponse balance = simulatorAnswer(key);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("method", "GET");
    request.put("urlPath", SignedBalanceRequest.PATH);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("status", balance.status());
    response.put("headers", balance.headers());
    response.put("body", balance.body());
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("name", "static OKX balance (benchmark baseline)");
    mapping.put("request", request);
    mapping.put("response", response);

    Path mappings = Files.createDirectories(rootDir.resolve("mappings"));
    Files.createDirectories(rootDir.resolve("__files"));
    JSON.writerWithDefaultPrettyPrinter().writeValue(mappings.resolve("account-balance.json").toFile(), mapping);
    return balance.body();
  }

  private static ApiResponse simulatorAnswer(OkxCredentials key) {
    OkxSimulation simulation = new OkxSimulation();
    simulation.control().createKey(KeySpec.of(key));
    Map<String, String> headers = new OkxSigner().headers(key, "GET", SignedBalanceRequest.PATH, "", Instant.now());
    ApiRequest request = new ApiRequest("GET", SignedBalanceRequest.PATH, "", headers, "127.0.0.1");
    ApiResponse response = simulation.serve(request);
    if (response.status() != 200) {
      throw new IllegalStateException("the simulator's balance endpoint answered " + response);
    }
    return response;
  }
}
