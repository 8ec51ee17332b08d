package dev.okxtestkit.it.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads HTTP/1.1 responses, one after another, off a connection: status line, headers, then a body
 * framed by {@code Content-Length}, chunked encoding or end of stream. It keeps its own buffer
 * because {@link java.io.BufferedInputStream#read()} takes a lock per byte, which would put client
 * overhead into the numbers. Not thread-safe: one reader per connection.
 */
final class ResponseReader {

  private static final int MAX_LINE = 16 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[16 * 1024];
  private int position;
  private int limit;

  ResponseReader(InputStream in) {
    this.in = in;
  }

  /** The next response; its body is kept only when {@code keepBody}, else counted and dropped. */
  HttpReply read(boolean keepBody) throws IOException {
    String statusLine = line();
    if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
      throw new IOException("not an HTTP/1.x status line: '" + statusLine + "'");
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    boolean keepAlive = statusLine.startsWith("HTTP/1.1");
    long contentLength = -1;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> contentLength = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> keepAlive = value.contains("keep-alive") || (keepAlive && !value.contains("close"));
        default -> { }
      }
    }
    ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
    long length;
    if (status / 100 == 1 || status == 204 || status == 304) {
      length = 0;
    } else if (chunked) {
      length = 0;
      for (long size = chunkSize(line()); size > 0; size = chunkSize(line())) {
        length += copy(size, body);
        line(); // the CRLF after each chunk
      }
      while (!line().isEmpty()) {
        // trailers: none expected, read past them all the same
      }
    } else if (contentLength >= 0) {
      length = copy(contentLength, body);
    } else {
      length = copyToEnd(body);
      keepAlive = false;
    }
    return new HttpReply(status, (int) length, body == null ? null : body.toByteArray(), keepAlive);
  }

  private static long chunkSize(String line) throws IOException {
    int semicolon = line.indexOf(';');
    String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
    try {
      return Long.parseLong(hex, 16);
    } catch (NumberFormatException e) {
      throw new IOException("bad chunk size line: '" + line + "'");
    }
  }

  /** One line without its CR LF; ISO-8859-1, as HTTP header bytes are. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    while (true) {
      if (position == limit && !fill()) {
        throw new EOFException("connection closed mid-response");
      }
      byte b = buffer[position++];
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() == MAX_LINE) {
        throw new IOException("response line longer than " + MAX_LINE + " bytes");
      }
      line.append((char) (b & 0xFF));
    }
  }

  private long copy(long count, ByteArrayOutputStream body) throws IOException {
    long left = count;
    while (left > 0) {
      if (position == limit && !fill()) {
        throw new EOFException("connection closed with " + left + " body bytes still to come");
      }
      int n = (int) Math.min(left, limit - position);
      if (body != null) {
        body.write(buffer, position, n);
      }
      position += n;
      left -= n;
    }
    return count;
  }

  private long copyToEnd(ByteArrayOutputStream body) throws IOException {
    long count = 0;
    while (position < limit || fill()) {
      int n = limit - position;
      if (body != null) {
        body.write(buffer, position, n);
      }
      position = limit;
      count += n;
    }
    return count;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
