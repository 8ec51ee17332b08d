package dev.okxtestkit.wiremock;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.protocol.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.RequestDispatcher;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpField;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.http.HttpStatus;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * What Jetty answers when a request never reaches WireMock (a broken chunk size, a header too large, a bad
 * method) or fails inside it: Jetty's own HTML page, with up to 58 stack frames, becomes one line of JSON,
 * {@code {"msg":"...","code":"400"}}, with the HTTP status as the code and the reason in
 * {@code X-Okx-Simulator-Diagnosis}. OKX documents no answer for malformed HTTP; its clients need JSON
 * they can parse, never a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final int MAX_REASON = 200;

  private final ErrorHandler notFound;

  /** @param notFound the handler WireMock answers 404 with, kept for 404s; {@code null} for none */
  JsonErrorHandler(ErrorHandler notFound) {
    this.notFound = notFound;
    setShowStacks(false);
    setShowServlet(false);
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, wiremock.jakarta.servlet.ServletException {
    if (notFound != null && response.getStatus() == HttpStatus.NOT_FOUND_404) {
      notFound.handle(target, baseRequest, request, response);
      return;
    }
    super.handle(target, baseRequest, request, response);
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    // The shaded name of the attribute: the shade plugin relocates the jakarta.servlet constant too.
    IOException unreadable = ioCause(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    if (code == HttpStatus.INTERNAL_SERVER_ERROR_500 && unreadable != null) {
      // The request's own bytes broke off or were malformed (a chunk size of "ZZ", a body shorter than
      // its length): the client's fault, not the server's.
      code = HttpStatus.BAD_REQUEST_400;
      message = "The request body could not be read (" + unreadable.getMessage() + ")";
      response.setStatus(code);
    }
    String reason = reason(code, message);
    baseRequest.setHandled(true);
    response.setContentType("application/json");
    response.setHeader(OkxSimulation.DIAGNOSIS_HEADER, "protocol-error " + reason);
    response.getOutputStream().write(body(code, reason).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String text = reason(status, reason);
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    fields.put(OkxSimulation.DIAGNOSIS_HEADER, "protocol-error " + text);
    return ByteBuffer.wrap(body(status, text).getBytes(StandardCharsets.UTF_8));
  }

  /** The I/O failure behind an error, if one is: reading the request is the only I/O a handler does. */
  private static IOException ioCause(Object error) {
    for (Throwable t = error instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  private static String body(int status, String reason) {
    return "{\"msg\":" + Json.quote(reason) + ",\"code\":\"" + status + "\"}";
  }

  /** Jetty's reason, printable and short; the status's name when there is none. */
  private static String reason(int status, String message) {
    String reason = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    reason = reason.replaceAll("[^\\x20-\\x7E]", "?");
    return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
  }
}
