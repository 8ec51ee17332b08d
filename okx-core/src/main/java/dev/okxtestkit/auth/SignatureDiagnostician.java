package dev.okxtestkit.auth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.okxtestkit.protocol.ApiRequest;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.OkxSigner;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Works out why a signature is wrong by re-signing the request the ways clients commonly get it wrong
 * and comparing with the signature they sent. Runs only after a signature check failed, so it may spend
 * a few dozen HMACs; each is a pass over the body, so the work is bounded: a body over
 * {@link #MAX_DIAGNOSED_BODY_BYTES} gets only the checks that need no re-signing, and the search for
 * another key's secret hashes at most {@link #OTHER_SECRETS_BUDGET_BYTES}.
 */
public final class SignatureDiagnostician {

  /** Larger bodies get only the digest-encoding checks, which reuse the one correct HMAC. */
  public static final int MAX_DIAGNOSED_BODY_BYTES = 64 * 1024;
  /** Queries with more parameters than this are not re-sorted (a query is bounded; this bounds the work). */
  private static final int MAX_SORTED_PARAMS = 64;
  /** How many prehash bytes the search for another secret may hash: a few milliseconds of HMACs. */
  public static final long OTHER_SECRETS_BUDGET_BYTES = 4L * 1024 * 1024;

  private static final String EXPECTED = "Expected Base64(HMAC-SHA256(secret, timestamp + METHOD +"
      + " requestPath + body)) over the exact header timestamp, path with query and body sent.";

  /** Hosts clients put in front of the path when they sign the full URL by mistake. */
  private static final List<String> OKX_HOSTS =
      List.of("www.okx.com", "aws.okx.com", "openapi.okx.com", "my.okx.com", "eea.okx.com", "us.okx.com",
          "app.okx.com");

  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+00:00'").withZone(ZoneOffset.UTC);

  /**
   * A holder, so Jackson's databind loads with the first body diagnosed, not when the gate is built at
   * the server's start; the mapper is only read after it is built, so sharing it is safe.
   */
  private static final class Mapper {
    static final ObjectMapper INSTANCE =
        JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  }

  /**
   * @param request the request whose signature failed
   * @param timestamp the instant of its (valid) timestamp header
   * @param key the credentials of the key it names
   * @param otherSecrets secrets of other known keys, to recognize a mixed-up secret
   */
  public Diagnosis diagnose(
      ApiRequest request, Instant timestamp, OkxCredentials key, Collection<String> otherSecrets) {
    String sent = request.header(OkxHeaders.ACCESS_SIGN);
    String ts = request.header(OkxHeaders.ACCESS_TIMESTAMP);
    String method = request.method();
    String target = request.target();
    String body = request.body();
    byte[] secret = utf8(key.secretKey());
    String correctPrehash = OkxSigner.prehash(ts, method, target, body);

    byte[] digest = OkxSigner.hmacSha256(secret, correctPrehash);
    String hex = HexFormat.of().formatHex(digest);
    if (sent.equalsIgnoreCase(hex)) {
      return SignatureMistake.HEX_DIGEST.diagnosis();
    }
    if (sent.equals(base64(utf8(hex))) || sent.equals(base64(utf8(hex.toUpperCase(Locale.ROOT))))) {
      return SignatureMistake.BASE64_OF_HEX.diagnosis();
    }
    int bodyBytes = utf8(body).length;
    if (bodyBytes > MAX_DIAGNOSED_BODY_BYTES) {
      return Diagnosis.unknown("Not diagnosed in full: the body is " + bodyBytes + " bytes, over the "
          + MAX_DIAGNOSED_BODY_BYTES + " the simulator re-signs, so only the digest-encoding checks"
          + " (hex-digest, base64-of-hex) ran. " + EXPECTED);
    }
    for (Variant v : prehashVariants(request, timestamp)) {
      if (sent.equals(base64(OkxSigner.hmacSha256(secret, v.prehash())))) {
        return v.mistake().diagnosis();
      }
    }
    for (KeyVariant v : keyVariants(key.secretKey())) {
      if (sent.equals(base64(OkxSigner.hmacSha256(v.key(), correctPrehash)))) {
        return v.mistake().diagnosis();
      }
    }
    if (!key.passphrase().equals(key.secretKey())
        && sent.equals(base64(OkxSigner.hmacSha256(utf8(key.passphrase()), correctPrehash)))) {
      return SignatureMistake.PASSPHRASE_AS_SECRET.diagnosis();
    }
    // The key's own API key first: the likeliest mix-up after the passphrase.
    Set<String> wrongSecrets = new LinkedHashSet<>(List.of(key.apiKey()));
    wrongSecrets.addAll(otherSecrets);
    wrongSecrets.remove(key.secretKey());
    long affordable = Math.max(1, OTHER_SECRETS_BUDGET_BYTES / Math.max(1, utf8(correctPrehash).length));
    List<String> tried = wrongSecrets.stream().limit(affordable).toList();
    for (String other : tried) {
      if (sent.equals(base64(OkxSigner.hmacSha256(utf8(other), correctPrehash)))) {
        return SignatureMistake.WRONG_SECRET.diagnosis();
      }
    }
    String partly = tried.size() == wrongSecrets.size() ? "" : " Only " + tried.size() + " of the "
        + wrongSecrets.size() + " other secrets the simulator knows were tried as the signing secret.";
    return Diagnosis.unknown(unknownMessage(sent) + partly);
  }

  private static String unknownMessage(String sent) {
    String shape =
        sent.length() == 44 && sent.endsWith("=")
            ? "It has the shape of a Base64 HMAC-SHA256, so the prehash or the secret differs from"
                + " what was sent."
            : "It is not a 44-character Base64 HMAC-SHA256 digest.";
    return "No known signing mistake explains this signature. " + shape + " " + EXPECTED;
  }

  private List<Variant> prehashVariants(ApiRequest request, Instant instant) {
    String ts = request.header(OkxHeaders.ACCESS_TIMESTAMP);
    String method = request.method().toUpperCase(Locale.ROOT);
    String target = request.target();
    String body = request.body();
    List<Variant> variants = new ArrayList<>();
    if (target.indexOf('?') >= 0) { // a bare '?' too: OKX verifies the path as sent
      variants.add(new Variant(SignatureMistake.QUERY_OMITTED, ts + method + request.path() + body));
      sortedQuery(request.query()).ifPresent(sorted -> variants.add(new Variant(
          SignatureMistake.QUERY_KEYS_REORDERED, ts + method + request.path() + "?" + sorted + body)));
      for (String query : otherEncodings(request.query())) {
        variants.add(new Variant(
            SignatureMistake.QUERY_ENCODING_MISMATCH, ts + method + request.path() + "?" + query + body));
      }
    }
    Set<String> hosts = new LinkedHashSet<>(OKX_HOSTS);
    Optional.ofNullable(request.header("Host")).ifPresent(hosts::add);
    for (String host : hosts) {
      for (String scheme : List.of("https://", "http://")) {
        variants.add(new Variant(
            SignatureMistake.FULL_URL_IN_PREHASH, ts + method + scheme + host + target + body));
      }
    }
    if (body.isEmpty()) {
      variants.add(new Variant(SignatureMistake.GET_BODY_BRACES, ts + method + target + "{}"));
    } else {
      variants.add(new Variant(SignatureMistake.BODY_OMITTED, ts + method + target));
      for (String layout : bodyLayouts(body, false)) {
        variants.add(new Variant(SignatureMistake.BODY_RESERIALIZED_SPACES, ts + method + target + layout));
      }
      for (String layout : bodyLayouts(body, true)) {
        variants.add(new Variant(SignatureMistake.BODY_KEYS_REORDERED, ts + method + target + layout));
      }
    }
    variants.add(new Variant(
        SignatureMistake.METHOD_LOWERCASE, ts + method.toLowerCase(Locale.ROOT) + target + body));
    variants.add(new Variant(
        SignatureMistake.TIMESTAMP_EPOCH_MILLIS, instant.toEpochMilli() + method + target + body));
    variants.add(new Variant(
        SignatureMistake.TIMESTAMP_EPOCH_SECONDS, instant.getEpochSecond() + method + target + body));
    variants.add(new Variant(
        SignatureMistake.TIMESTAMP_SECOND_PRECISION, SECONDS.format(instant) + method + target + body));
    variants.add(new Variant(
        SignatureMistake.TIMESTAMP_MICROSECONDS, MICROS.format(instant) + method + target + body));
    variants.add(new Variant(
        SignatureMistake.TIMESTAMP_OFFSET_SUFFIX, OFFSET.format(instant) + method + target + body));
    return variants;
  }

  /**
   * The query with its parameters sorted by name, as clients that sign a sorted map but send the
   * parameters in another order do (Hummingbot's OKX connector once did); empty when that is the query.
   */
  private static Optional<String> sortedQuery(String query) {
    List<String> params = new ArrayList<>(List.of(query.split("&", -1)));
    if (params.size() < 2 || params.size() > MAX_SORTED_PARAMS) {
      return Optional.empty();
    }
    params.sort(java.util.Comparator.comparing(param -> param.split("=", 2)[0]));
    String sorted = String.join("&", params);
    return sorted.equals(query) ? Optional.empty() : Optional.of(sorted);
  }

  /** The HMAC keys a client derives from the secret when it mishandles it. */
  static List<KeyVariant> keyVariants(String secret) {
    List<KeyVariant> variants = new ArrayList<>();
    decodedBase64(secret).ifPresent(bytes ->
        variants.add(new KeyVariant(SignatureMistake.SECRET_BASE64_DECODED, bytes)));
    if (secret.length() % 2 == 0 && HEX.matcher(secret).matches()) {
      variants.add(new KeyVariant(SignatureMistake.SECRET_HEX_DECODED, HexFormat.of().parseHex(secret)));
    }
    if (!secret.toLowerCase(Locale.ROOT).equals(secret)) {
      variants.add(new KeyVariant(SignatureMistake.SECRET_LOWERCASED, utf8(secret.toLowerCase(Locale.ROOT))));
    }
    for (String tail : List.of("\n", "\r\n", " ", "\t")) {
      variants.add(new KeyVariant(SignatureMistake.SECRET_TRAILING_NEWLINE, utf8(secret + tail)));
    }
    return variants;
  }

  /** The query in the other common encodings: fully decoded, and percent-encoded as Java/ccxt do. */
  private static Set<String> otherEncodings(String query) {
    Set<String> forms = new LinkedHashSet<>();
    String decoded = decode(query);
    forms.add(decoded);
    forms.add(encodeValues(decoded));
    forms.add(decoded.replace(",", "%2C"));
    forms.add(decoded.replace(",", "%2c"));
    forms.remove(query);
    return forms;
  }

  private static String decode(String query) {
    try {
      return URLDecoder.decode(query.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return query; // malformed escapes: leave as sent
    }
  }

  private static String encodeValues(String query) {
    StringBuilder sb = new StringBuilder();
    for (String pair : query.split("&", -1)) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      int eq = pair.indexOf('=');
      if (eq < 0) {
        sb.append(URLEncoder.encode(pair, StandardCharsets.UTF_8));
      } else {
        sb.append(URLEncoder.encode(pair.substring(0, eq), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  /** The body in every layout the JSON libraries of common clients produce, minus the one sent. */
  private Set<String> bodyLayouts(String body, boolean sorted) {
    JsonNode tree;
    try {
      tree = Mapper.INSTANCE.readTree(body);
    } catch (Exception e) {
      return Set.of(); // not JSON: nothing to re-serialize
    }
    if (tree == null) {
      return Set.of();
    }
    Set<String> layouts = new LinkedHashSet<>();
    for (boolean spaced : new boolean[] {false, true}) {
      for (boolean ascii : new boolean[] {false, true}) {
        layouts.add(JsonLayouts.write(tree, spaced, sorted, ascii));
      }
    }
    layouts.remove(body);
    if (sorted) {
      for (boolean spaced : new boolean[] {false, true}) {
        for (boolean ascii : new boolean[] {false, true}) {
          layouts.remove(JsonLayouts.write(tree, spaced, false, ascii)); // spacing only: not a reorder
        }
      }
    }
    return layouts;
  }

  private static Optional<byte[]> decodedBase64(String secret) {
    try {
      return Optional.of(Base64.getDecoder().decode(secret));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A wrong way to build the prehash. */
  private record Variant(SignatureMistake mistake, String prehash) {}

  /** A wrong HMAC key derived from the secret. */
  record KeyVariant(SignatureMistake mistake, byte[] key) {}
}
