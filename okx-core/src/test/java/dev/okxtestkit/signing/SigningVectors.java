package dev.okxtestkit.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The verified vectors of {@code signing-vectors.json} (shipped in okx-core, the one copy), as test data. */
public final class SigningVectors {

  /** A correct signature. */
  public record Vector(
      String name, String secretKey, String timestamp, String method, String requestPath, String body,
      String prehash, String signature) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The wrong signature a client mistake produces for a base request. */
  public record Mistake(
      String id, String base, String secretKey, String passphrase, String timestamp, String method,
      String requestPath, String body, String correctSignature, String wrongSignature) {
    @Override
    public String toString() {
      return id + "/" + base;
    }
  }

  /** Secret of the "other key" the wrong-secret mistakes were made with. */
  public static final String OTHER_SECRET = "8A4E5C2F1D3B6A7980C1E2D3F4A5B6C7";

  private SigningVectors() {}

  public static List<Vector> vectors() {
    List<Vector> result = new ArrayList<>();
    for (JsonNode v : load().get("vectors")) {
      result.add(new Vector(text(v, "name"), text(v, "secretKey"), text(v, "timestamp"), text(v, "method"),
          text(v, "requestPath"), text(v, "body"), text(v, "prehash"), text(v, "signature")));
    }
    return result;
  }

  public static List<Mistake> mistakes() {
    List<Mistake> result = new ArrayList<>();
    for (JsonNode m : load().get("mistakes")) {
      result.add(new Mistake(text(m, "id"), text(m, "base"), text(m, "secretKey"),
          m.has("passphrase") ? text(m, "passphrase") : "passphrase", text(m, "timestamp"),
          text(m, "method"), text(m, "requestPath"), text(m, "body"), text(m, "correctSignature"),
          text(m, "wrongSignature")));
    }
    return result;
  }

  private static JsonNode load() {
    try (InputStream in = SigningVectors.class.getResourceAsStream("/dev/okxtestkit/signing/signing-vectors.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.get(field).asText();
  }
}
