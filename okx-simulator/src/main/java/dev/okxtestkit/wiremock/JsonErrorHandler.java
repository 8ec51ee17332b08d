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
  private static final System.Logger LOG = System.getLogger("dev.okxtestkit.wiremock");
  /** Where WireMock looks for a file of an unmatched GET's decoded path. */
  private static final String FILES_FORWARD =
      "com.github.tomakehurst.wiremock.servlet.WireMockHandlerDispatchingServlet.forwardToFilesContext";

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
      try {
        notFound.handle(target, baseRequest, request, response);
        return;
      } catch (RuntimeException e) {
        // WireMock's 404 page forwards to a path it decodes first; a '%25' in the path leaves it no
        // dispatcher. The 404 stays, answered here.
        response.setStatus(HttpStatus.NOT_FOUND_404);
      }
    }
    super.handle(target, baseRequest, request, response);
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    // The shaded name of the attribute: the shade plugin relocates the jakarta.servlet constant too.
    Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    IOException unreadable = ioCause(error);
    if (code == HttpStatus.INTERNAL_SERVER_ERROR_500 && ranIn(error, FILES_FORWARD)) {
      // No stub matched a GET, and WireMock's look for a file of its decoded path failed on a '%' in it
      // (GET /x%25y): that request is simply not found.
      code = HttpStatus.NOT_FOUND_404;
      message = "Not Found";
      response.setStatus(code);
    } else if (code == HttpStatus.INTERNAL_SERVER_ERROR_500 && unreadable != null) {
      // The request's own bytes broke off or were malformed (a chunk size of "ZZ", a body shorter than
      // its length): the client's fault, not the server's.
      code = HttpStatus.BAD_REQUEST_400;
      message = "The request body could not be read (" + unreadable.getMessage() + ")";
      response.setStatus(code);
    } else if (code == HttpStatus.INTERNAL_SERVER_ERROR_500 && isMalformedInput(error, request)) {
      // WireMock's own admin API and Jetty's form parsing throw on input they cannot use (a limit of
      // "abc", a null mapping, a form body with a broken '%'): that is the request's fault.
      code = HttpStatus.BAD_REQUEST_400;
      message = "Malformed request: " + inputProblem((Throwable) error);
      response.setStatus(code);
    } else if (code == HttpStatus.INTERNAL_SERVER_ERROR_500) {
      // A fault of the simulator: logged where it happened; the client gets no class names.
      message = "Internal error of the simulator";
      if (error instanceof Throwable t) {
        LOG.log(System.Logger.Level.ERROR,
            "Internal error on " + request.getMethod() + " " + request.getRequestURI(), t);
      }
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

  /**
   * Whether a failure is about the request's input: a number or argument WireMock or Jetty could not
   * parse anywhere, or any failure of WireMock's own admin API (not the simulator's control API, which
   * answers its own errors).
   */
  private static boolean isMalformedInput(Object error, HttpServletRequest request) {
    if (!(error instanceof Throwable thrown)) {
      return false;
    }
    String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
    boolean wireMockAdmin = uri.startsWith("/__admin/") && !uri.startsWith("/__admin/okx/");
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException || wireMockAdmin) {
        return true;
      }
    }
    return false;
  }

  /** Whether a frame of the failure's stack (or its causes') is in a method whose full name starts so. */
  private static boolean ranIn(Object error, String prefix) {
    for (Throwable t = error instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if ((frame.getClassName() + "." + frame.getMethodName()).startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The innermost reason without Java class names. */
  private static String inputProblem(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof NumberFormatException) {
      return "a number was expected (" + root.getMessage() + ")";
    }
    if (root instanceof IllegalArgumentException && root.getMessage() != null) {
      return root.getMessage();
    }
    return "WireMock could not use it (" + root.getClass().getSimpleName() + ")";
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
