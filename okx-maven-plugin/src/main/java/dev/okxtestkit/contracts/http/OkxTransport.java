package dev.okxtestkit.contracts.http;

/** Sends requests to one OKX API base URL. */
@FunctionalInterface
public interface OkxTransport {

  /**
   * @throws TargetUnreachableException when no HTTP answer came back (connection refused, TLS, timeout)
   */
  HttpAnswer send(HttpCall call);
}
