package dev.okxtestkit.stream;

/** Where a stream session's messages go: the adapter's WebSocket connection. Must be thread-safe. */
public interface StreamSink {

  /** Sends one text frame. */
  void send(String text);

  /** Closes the connection with a WebSocket close code and reason. */
  void close(int code, String reason);
}
