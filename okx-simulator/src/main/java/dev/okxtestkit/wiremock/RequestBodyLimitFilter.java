package dev.okxtestkit.wiremock;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.protocol.OkxErrors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpFilter;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body over the limit before WireMock reads it. WireMock holds every body whole in
 * memory, inflates any body that looks gzipped, and keeps it in its journal, so one large or highly
 * compressed body could exhaust the heap. A declared {@code Content-Length} over the limit is refused
 * before the body is read; a body of unknown length (chunked, or HTTP/2) is read up to the limit and no
 * further; a gzip body is refused when it would inflate past the limit. OKX documents no code for this; the answer is HTTP 413
 * with 50000, OKX's code for a POST body it cannot take.
 */
final class RequestBodyLimitFilter extends HttpFilter {

  private static final int GZIP_MAGIC_LENGTH = 2;

  private final long maxBytes;

  RequestBodyLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(response);
      return;
    }
    if (!mayCarryABodyToCheck(request, declared)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = readAtMost(request.getInputStream(), maxBytes);
    if (body == null || inflatesPastLimit(request, body)) {
      refuse(response);
      return;
    }
    chain.doFilter(body.length == 0 ? request : new ReadBodyRequest(request, body), response);
  }

  /**
   * False for no body or one too short to inflate. HTTP/1 frames a body with Content-Length or chunked
   * encoding; an HTTP/2 body (h2c is on by default in WireMock) may come without either.
   */
  private static boolean mayCarryABodyToCheck(HttpServletRequest request, long declared) {
    if (declared >= 0) {
      return declared >= GZIP_MAGIC_LENGTH;
    }
    return request.getHeader("Transfer-Encoding") != null || !request.getProtocol().startsWith("HTTP/1");
  }

  private void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(OkxErrors.BODY_TOO_LARGE.httpStatus());
    response.setContentType("application/json");
    // The rest of the body is never read, so the connection cannot carry another request.
    response.setHeader("Connection", "close");
    response.setHeader(OkxSimulation.DIAGNOSIS_HEADER, "body-too-large The request body is over the"
        + " simulator's limit of " + maxBytes + " bytes (maxRequestBodyBytes, --max-request-body-bytes).");
    response.getOutputStream().write(OkxErrors.BODY_TOO_LARGE.body().getBytes(StandardCharsets.UTF_8));
  }

  /** The whole stream, or {@code null} if it holds more than {@code max} bytes. */
  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      if (body.size() + (long) n > max) {
        return null;
      }
      body.write(buffer, 0, n);
    }
    return body.toByteArray();
  }

  /**
   * Whether WireMock would inflate the body (it does for {@code Content-Encoding: gzip} and for any body
   * that starts with gzip's magic bytes) to more than the limit. Counts without keeping the output; a body
   * that is not valid gzip is WireMock's to answer.
   */
  private boolean inflatesPastLimit(HttpServletRequest request, byte[] body) {
    String encoding = request.getHeader("Content-Encoding");
    boolean gzipMagic = body.length >= GZIP_MAGIC_LENGTH
        && (body[0] & 0xFF) == (GZIPInputStream.GZIP_MAGIC & 0xFF)
        && (body[1] & 0xFF) == GZIPInputStream.GZIP_MAGIC >> 8;
    if (!gzipMagic && (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("gzip"))) {
      return false;
    }
    try (InputStream inflated = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n; (n = inflated.read(buffer)) >= 0; ) {
        total += n;
        if (total > maxBytes) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
