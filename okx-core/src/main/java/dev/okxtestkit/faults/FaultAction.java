package dev.okxtestkit.faults;

import java.time.Duration;

/** What an injected fault does to a request instead of (or before) answering it normally. */
public sealed interface FaultAction {

  /** Answer with an OKX error: {@code {"code":code,"msg":msg,"data":[]}} and the given HTTP status. */
  record OkxErrorReply(String code, String msg, int httpStatus) implements FaultAction {}

  /** Answer with a bare HTTP status, e.g. 502 or 503 from a proxy in front of OKX. */
  record HttpStatus(int status) implements FaultAction {}

  /** Answer as OKX's rate limiter does: 50011, HTTP 429. */
  record Throttle() implements FaultAction {}

  /** Answer normally, but only after {@code delay}. */
  record Delay(Duration delay) implements FaultAction {}

  /** Close the connection without an answer. */
  record DropConnection() implements FaultAction {}
}
