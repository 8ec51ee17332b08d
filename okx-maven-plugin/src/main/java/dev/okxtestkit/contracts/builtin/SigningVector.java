package dev.okxtestkit.contracts.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A verified signature of okx-core's {@code dev/okxtestkit/signing/signing-vectors.json} (the one copy; its
 * secrets are published test values, so they may appear in messages).
 */
public record SigningVector(
    String name, String secretKey, String timestamp, String method, String requestPath, String body,
    String prehash, String signature) {

  static final String RESOURCE = "/dev/okxtestkit/signing/signing-vectors.json";

  public static List<SigningVector> all() {
    List<SigningVector> vectors = new ArrayList<>();
    for (JsonNode v : load().get("vectors")) {
      vectors.add(new SigningVector(text(v, "name"), text(v, "secretKey"), text(v, "timestamp"),
          text(v, "method"), text(v, "requestPath"), text(v, "body"), text(v, "prehash"), text(v, "signature")));
    }
    return List.copyOf(vectors);
  }

  private static JsonNode load() {
    try (InputStream in = SigningVector.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText("");
  }
}
