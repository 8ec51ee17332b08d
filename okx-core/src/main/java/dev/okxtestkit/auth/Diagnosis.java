package dev.okxtestkit.auth;

/**
 * Why the simulator thinks a request failed authentication.
 *
 * @param id a stable id; for signature mistakes the ids of {@code signing-vectors.json} (e.g.
 *     {@code query-omitted}), {@code unknown} when no known mistake explains the signature
 * @param message what went wrong and how to fix it, for a person
 */
public record Diagnosis(String id, String message) {

  public static final String UNKNOWN_ID = "unknown";

  public static Diagnosis unknown(String message) {
    return new Diagnosis(UNKNOWN_ID, message);
  }

  /** The value of the {@code X-Okx-Simulator-Diagnosis} header: id, a space, the message. */
  public String headerValue() {
    return id + " " + message;
  }
}
