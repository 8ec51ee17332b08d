package dev.okxtestkit.wiremock;

import java.io.ByteArrayInputStream;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;

/** The request with its body already read, for WireMock to read again. */
final class ReadBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;

  ReadBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("the body is already read");
      }
    };
  }
}
