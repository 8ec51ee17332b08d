package dev.okxtestkit.auth;

/**
 * Signing mistakes the simulator recognizes by re-signing the request the wrong way. Ids match the
 * {@code mistakes} of {@code signing-vectors.json}.
 */
public enum SignatureMistake {
  QUERY_OMITTED(
      "query-omitted",
      "The query string was left out of the prehash. For GET the signed requestPath must include '?'"
          + " and the query exactly as sent."),
  QUERY_KEYS_REORDERED(
      "query-keys-reordered",
      "The query was signed with its parameters in another order (sorted by name) than it was sent."
          + " Sign the query string exactly as it appears in the request URL."),
  QUERY_ENCODING_MISMATCH(
      "query-encoding-mismatch",
      "The query was signed in another encoding than it was sent (e.g. signed with %2C, sent with ',')."
          + " Sign exactly the query string you send."),
  FULL_URL_IN_PREHASH(
      "full-url-in-prehash",
      "The scheme and host were included in the prehash. requestPath starts at '/api/v5/...'."),
  GET_BODY_BRACES(
      "get-body-braces",
      "'{}' (a serialized empty parameter map) was appended to a GET prehash. GET requests have no"
          + " body; append ''."),
  BODY_RESERIALIZED_SPACES(
      "body-reserialized-spaces",
      "The body was signed with other spacing than it was sent (e.g. spaces after ':' and ','). Sign"
          + " the exact body string you send."),
  BODY_KEYS_REORDERED(
      "body-keys-reordered",
      "The body was signed with its keys in another order than it was sent. Serialize the body once and"
          + " sign and send that same string."),
  BODY_OMITTED(
      "body-omitted",
      "The POST body was left out of the prehash. Append the exact JSON body string after the path."),
  HEX_DIGEST(
      "hex-digest",
      "The HMAC was hex-encoded. OK-ACCESS-SIGN is the Base64 encoding of the raw 32-byte HMAC-SHA256"
          + " digest."),
  BASE64_OF_HEX(
      "base64-of-hex",
      "The hex digest string was Base64-encoded. Base64-encode the raw digest bytes instead."),
  SECRET_BASE64_DECODED(
      "secret-base64-decoded",
      "The secret was Base64-decoded before use as HMAC key. Use the secret's UTF-8 bytes as they are."),
  SECRET_HEX_DECODED(
      "secret-hex-decoded",
      "The secret was hex-decoded before use as HMAC key. Use the secret's UTF-8 bytes as they are."),
  SECRET_LOWERCASED(
      "secret-lowercased",
      "The secret's letters were lower-cased. The secret is case-sensitive (upper-case hex as issued)."),
  SECRET_TRAILING_NEWLINE(
      "secret-trailing-newline",
      "The secret carries trailing whitespace or a newline (typical when read from a file or env var)."
          + " Trim it."),
  METHOD_LOWERCASE(
      "method-lowercase",
      "The HTTP method was lower-case in the prehash. It must be upper-case: GET, POST."),
  TIMESTAMP_EPOCH_MILLIS(
      "timestamp-epoch-millis",
      "The prehash used an epoch-milliseconds timestamp. Sign the exact OK-ACCESS-TIMESTAMP header value"
          + " (ISO-8601 UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z)."),
  TIMESTAMP_EPOCH_SECONDS(
      "timestamp-epoch-seconds",
      "The prehash used epoch seconds (the WebSocket login format) on a REST request. Sign the exact"
          + " OK-ACCESS-TIMESTAMP header value (ISO-8601 UTC with milliseconds)."),
  TIMESTAMP_SECOND_PRECISION(
      "timestamp-second-precision",
      "The prehash timestamp lacked milliseconds (...:57Z). Use exactly three fractional digits"
          + " (...:57.715Z) in both header and prehash."),
  TIMESTAMP_MICROSECONDS(
      "timestamp-microseconds",
      "The prehash timestamp had six fractional digits. Use exactly three, as in the header."),
  TIMESTAMP_OFFSET_SUFFIX(
      "timestamp-offset-suffix",
      "The prehash timestamp ended in '+00:00' instead of 'Z'. Use the 'Z' suffix, as in the header."),
  PASSPHRASE_AS_SECRET(
      "passphrase-as-secret",
      "The passphrase was used as the HMAC secret. Sign with the API key's secret; the passphrase only"
          + " goes in OK-ACCESS-PASSPHRASE."),
  WRONG_SECRET(
      "wrong-secret",
      "The signature was made with another secret (another key's secret, or the passphrase or API key"
          + " passed as secret). Sign with the secret of the key in OK-ACCESS-KEY.");

  private final String id;
  private final String message;

  SignatureMistake(String id, String message) {
    this.id = id;
    this.message = message;
  }

  public String id() {
    return id;
  }

  public String message() {
    return message;
  }

  public Diagnosis diagnosis() {
    return new Diagnosis(id, message);
  }
}
