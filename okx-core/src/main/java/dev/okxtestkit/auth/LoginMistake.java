package dev.okxtestkit.auth;

/**
 * Mistakes clients make in the WebSocket login's sign (besides those they share with REST signing:
 * digest encoding, secret handling, passphrase as secret), recognized by re-signing the login that way.
 */
public enum LoginMistake {
  TIMESTAMP_MILLIS(
      "login-timestamp-millis",
      "The login was signed over an epoch-milliseconds timestamp. The WebSocket login signs epoch seconds,"
          + " exactly as sent in 'timestamp'."),
  TIMESTAMP_ISO(
      "login-timestamp-iso",
      "The login was signed over an ISO-8601 timestamp (the REST header format). The WebSocket login signs"
          + " epoch seconds, exactly as sent in 'timestamp'."),
  METHOD_LOWERCASE(
      "login-method-lowercase",
      "The login was signed with 'get'. The prehash is timestamp + \"GET\" + \"/users/self/verify\"."),
  METHOD_POST(
      "login-method-post",
      "The login was signed with 'POST'. The prehash is timestamp + \"GET\" + \"/users/self/verify\"."),
  API_PATH(
      "login-api-path",
      "The login was signed with '/api/v5/users/self/verify'. The path is '/users/self/verify', without"
          + " the REST prefix."),
  PATH_WITH_QUERY(
      "login-path-with-query",
      "The login was signed with a '?' after '/users/self/verify'. The path has no query."),
  BODY_APPENDED(
      "login-body-appended",
      "The login was signed with '{}' appended. The prehash has no body.");

  private final String id;
  private final String message;

  LoginMistake(String id, String message) {
    this.id = id;
    this.message = message;
  }

  public String id() {
    return id;
  }

  public Diagnosis diagnosis() {
    return new Diagnosis(id, message);
  }
}
