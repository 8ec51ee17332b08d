package dev.okxtestkit.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * OKX's WebSocket login ({@code {"op":"login","args":[{apiKey, passphrase, timestamp, sign}]}}), the second
 * place clients sign with their secret: {@code sign = Base64(HMAC-SHA256(secret, timestamp + "GET" +
 * "/users/self/verify"))} with the timestamp in epoch seconds, within 30 s of the simulator clock. Checks
 * in OKX's order with OKX's codes, the same keys, environment and IP allow-list as REST, and on a wrong
 * sign re-signs the mistakes clients make here to say which one. See
 * https://www.okx.com/docs-v5/en/#overview-websocket-login.
 */
public final class WebSocketLogin {

  /** What the login signs besides the timestamp: OKX's fixed method and path. */
  public static final String METHOD = "GET";
  public static final String PATH = "/users/self/verify";
  static final long WINDOW_SECONDS = 30;

  private static final Pattern NUMBER = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final CredentialStore store;
  private final Clock clock;
  private final AuthFailureLog failures;
  private final Environment environment;

  /**
   * @param environment the environment this endpoint serves: OKX's demo WebSocket host takes demo keys
   *     only, its live host live keys only
   */
  public WebSocketLogin(CredentialStore store, Clock clock, AuthFailureLog failures, Environment environment) {
    this.store = store;
    this.clock = clock;
    this.failures = failures;
    this.environment = environment;
  }

  /** The result of a login: the key, or OKX's error with the simulator's diagnosis. */
  public sealed interface Outcome permits LoggedIn, Refused {}

  public record LoggedIn(OkxCredentials key) implements Outcome {}

  /**
   * @param diagnosis why the simulator thinks the sign is wrong (60007 only; a plain explanation otherwise)
   */
  public record Refused(String code, String message, Diagnosis diagnosis) implements Outcome {}

  /** Checks the first element of the login's {@code args}, recording a refusal as a REST one is. */
  public Outcome verify(JsonNode arg, String clientIp, String path) {
    Outcome outcome = check(arg, clientIp);
    if (outcome instanceof Refused refused) {
      String apiKey = arg.path("apiKey").asText("");
      failures.add(new AuthFailure(clock.instant(), "WS", path + " login", apiKey.length() > 64
          ? apiKey.substring(0, 64) : apiKey, refused.code(), refused.message(), 0, refused.diagnosis()));
    }
    return outcome;
  }

  private Outcome check(JsonNode arg, String clientIp) {
    for (String field : List.of("apiKey", "passphrase", "timestamp", "sign")) {
      if (!arg.hasNonNull(field) || arg.get(field).asText().isEmpty()) {
        return refused("60027", "Parameter " + field + " can not be empty.", "The login lacks " + field + ".");
      }
    }
    // python-okx sends the timestamp as a JSON number: sign over its text, as OKX reads it.
    String timestamp = arg.get("timestamp").asText();
    if (!NUMBER.matcher(timestamp).matches()) {
      return refused("60004", "Invalid timestamp",
          "The timestamp is epoch seconds, e.g. 1704876947, not '" + shorten(timestamp) + "'.");
    }
    double seconds = Double.parseDouble(timestamp);
    long now = clock.millis();
    if (Math.abs(seconds * 1000 - now) > WINDOW_SECONDS * 1000) {
      String hint = timestamp.length() >= 13 ? " It looks like epoch milliseconds; the login uses seconds." : "";
      return refused("60006", "Timestamp request expired", "The timestamp is more than 30 s away from the"
          + " simulator clock (" + now / 1000 + ")." + hint);
    }
    Optional<OkxCredentials> found = store.find(arg.get("apiKey").asText());
    if (found.isEmpty()) {
      return refused("60032", "API key doesn't exist.", "No key with this apiKey is registered.");
    }
    OkxCredentials key = found.get();
    if (key.environment() != environment) {
      return refused("50101", "APIKey does not match current environment.", "A " + key.environment().name()
          .toLowerCase(Locale.ROOT) + " key on the simulator's " + environment.name().toLowerCase(Locale.ROOT)
          + " WebSocket endpoint.");
    }
    if (!key.allowedIps().isEmpty() && !key.allowedIps().contains(clientIp)) {
      return refused("60009", "Login failed.", "Your IP " + clientIp + " is not in the key's IP allow-list.");
    }
    if (!key.passphrase().equals(arg.get("passphrase").asText())) {
      return refused("60024", "Wrong passphrase", "The passphrase is not the one the key was created with.");
    }
    String sign = arg.get("sign").asText();
    if (!sign.equals(new OkxSigner().sign(timestamp, METHOD, PATH, "", key.secretKey()))) {
      return new Refused("60007", "Invalid sign", diagnose(sign, timestamp, key));
    }
    return new LoggedIn(key);
  }

  /**
   * Why {@code sent} is not the login sign for {@code timestamp} (epoch seconds): re-signs the login the
   * ways clients get it wrong. Also what {@code okx:verify} tells a user whose signer fails a login vector.
   */
  public static Diagnosis diagnose(String sent, String timestamp, OkxCredentials key) {
    byte[] secret = key.secretKey().getBytes(StandardCharsets.UTF_8);
    String prehash = timestamp + METHOD + PATH;
    byte[] digest = OkxSigner.hmacSha256(secret, prehash);
    String hex = HexFormat.of().formatHex(digest);
    if (sent.equalsIgnoreCase(hex)) {
      return SignatureMistake.HEX_DIGEST.diagnosis();
    }
    if (sent.equals(base64(hex.getBytes(StandardCharsets.UTF_8)))) {
      return SignatureMistake.BASE64_OF_HEX.diagnosis();
    }
    Instant at = Instant.ofEpochMilli((long) (Double.parseDouble(timestamp) * 1000));
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant(LoginMistake.TIMESTAMP_MILLIS, at.toEpochMilli() + METHOD + PATH));
    variants.add(new Variant(LoginMistake.TIMESTAMP_ISO, ISO.format(at) + METHOD + PATH));
    variants.add(new Variant(LoginMistake.METHOD_LOWERCASE, timestamp + "get" + PATH));
    variants.add(new Variant(LoginMistake.API_PATH, timestamp + METHOD + "/api/v5" + PATH));
    variants.add(new Variant(LoginMistake.PATH_WITH_QUERY, timestamp + METHOD + PATH + "?"));
    variants.add(new Variant(LoginMistake.BODY_APPENDED, timestamp + METHOD + PATH + "{}"));
    variants.add(new Variant(LoginMistake.METHOD_POST, timestamp + "POST" + PATH));
    for (Variant v : variants) {
      if (sent.equals(base64(OkxSigner.hmacSha256(secret, v.prehash())))) {
        return v.mistake().diagnosis();
      }
    }
    for (SignatureDiagnostician.KeyVariant v : SignatureDiagnostician.keyVariants(key.secretKey())) {
      if (sent.equals(base64(OkxSigner.hmacSha256(v.key(), prehash)))) {
        return v.mistake().diagnosis();
      }
    }
    if (sent.equals(base64(OkxSigner.hmacSha256(key.passphrase().getBytes(StandardCharsets.UTF_8), prehash)))) {
      return SignatureMistake.PASSPHRASE_AS_SECRET.diagnosis();
    }
    return Diagnosis.unknown("No known login signing mistake explains this sign. Expected Base64(HMAC-SHA256("
        + "secret, timestamp + \"GET\" + \"/users/self/verify\")) with the timestamp exactly as sent, in epoch"
        + " seconds.");
  }

  private static Refused refused(String code, String message, String explanation) {
    return new Refused(code, message, new Diagnosis("login-" + code, explanation));
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private record Variant(LoginMistake mistake, String prehash) {}
}
