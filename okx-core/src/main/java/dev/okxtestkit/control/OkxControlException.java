package dev.okxtestkit.control;

/**
 * A control command the simulator refused (a bad value, an unknown instrument), with the HTTP status the
 * admin API answers it with. Nothing was changed.
 */
public final class OkxControlException extends RuntimeException {

  private final int status;

  public OkxControlException(String message) {
    this(400, message);
  }

  public OkxControlException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The admin API's HTTP status for it: 400 for a bad command, 401/403 when refused, 404 unknown. */
  public int status() {
    return status;
  }
}
