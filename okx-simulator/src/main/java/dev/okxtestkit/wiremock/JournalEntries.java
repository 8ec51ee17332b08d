package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.FieldTransformer;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.CaseInsensitiveKey;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.okxtestkit.signing.OkxHeaders;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * What the request journal keeps of a served request: the passphrase and the signature headers masked
 * (a signature replays its request for 30 s), every body and sub-event text cut to
 * {@link #MAX_BODY_BYTES}, and nothing that still points at the live request. So one entry holds a
 * bounded number of bytes, whatever was sent. The simulator's own {@code okx-auth} sub-event never
 * quotes a header value.
 */
final class JournalEntries {

  /** The most of a request, response or stub answer body the journal keeps. */
  static final int MAX_BODY_BYTES = 16 * 1024;
  static final String MASK = "****";
  /** Added to a kept request whose body was cut, with the size it had. */
  static final String TRUNCATED_HEADER = "X-Okx-Simulator-Journal-Truncated";

  /** A rough size of the objects around an entry's text. */
  private static final int ENTRY_OVERHEAD = 1024;

  private JournalEntries() {}

  /** An event as the journal keeps it, and its estimated size in bytes. */
  record Kept(ServeEvent event, long bytes) {}

  static Kept keep(ServeEvent event) {
    return keep(event, request(event.getRequest()));
  }

  /** The event as the journal keeps it, reusing the request kept when it was first added. */
  static Kept keep(ServeEvent event, LoggedRequest keptRequest) {
    Queue<SubEvent> subEvents = new ArrayDeque<>();
    long subEventChars = 0;
    for (SubEvent subEvent : event.getSubEvents()) {
      Map<String, Object> data = cut(subEvent.getData());
      subEvents.add(new SubEvent(subEvent.getType(), subEvent.getTimeOffsetNanos(), data));
      subEventChars += chars(data);
    }
    ResponseDefinition definition = definition(event.getResponseDefinition());
    ServeEvent kept = new ServeEvent(event.getId(), keptRequest, event.getStubMapping(), definition,
        event.getResponse(), false, event.getTiming(), subEvents);
    return new Kept(kept, bytes(keptRequest, event.getResponse(), definition, subEventChars));
  }

  /** The request with its secret headers masked and its body cut. */
  static LoggedRequest request(LoggedRequest request) {
    byte[] body = request.getBody();
    if (body == null || body.length <= MAX_BODY_BYTES) {
      return LoggedRequest.createFrom(new KeptRequest(request, null, List.of()));
    }
    HttpHeader truncated = new HttpHeader(
        TRUNCATED_HEADER, "body of " + body.length + " bytes cut to " + MAX_BODY_BYTES);
    return LoggedRequest.createFrom(
        new KeptRequest(request, Arrays.copyOf(body, MAX_BODY_BYTES), List.of(truncated)));
  }

  /**
   * A copy of the answer, so the journal does not keep WireMock's link to the live request (and its
   * whole body), with its body cut.
   */
  private static ResponseDefinition definition(ResponseDefinition definition) {
    if (definition == null) {
      return null;
    }
    if (bodyLength(definition) <= MAX_BODY_BYTES) {
      return definition.copy();
    }
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.like(definition);
    return (definition.specifiesBinaryBodyContent()
        ? builder.withBody(Arrays.copyOf(definition.getByteBody(), MAX_BODY_BYTES))
        : builder.withBody(cut(definition.getTextBody()))).build();
  }

  private static int bodyLength(ResponseDefinition definition) {
    return definition == null || !definition.specifiesBodyContent() ? 0 : definition.getByteBody().length;
  }

  /** The data with every text cut to the body limit (WireMock's non-match report quotes the body). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> cut(Map<String, Object> data) {
    return (Map<String, Object>) cutValue(data);
  }

  private static String cut(String text) {
    return text.length() <= MAX_BODY_BYTES ? text : text.substring(0, MAX_BODY_BYTES);
  }

  private static Object cutValue(Object value) {
    if (value instanceof String text) {
      return cut(text);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, cutValue(v)));
      return copy;
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(JournalEntries::cutValue).toList();
    }
    return value;
  }

  private static long chars(Object value) {
    if (value instanceof String text) {
      return text.length();
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().mapToLong(e -> chars(e.getKey()) + chars(e.getValue())).sum();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().mapToLong(JournalEntries::chars).sum();
    }
    return 8;
  }

  /**
   * Estimated size: the entry's text twice (the bytes, and the strings WireMock derives from them when
   * it serves the journal) plus the objects around it.
   */
  private static long bytes(
      LoggedRequest request, LoggedResponse response, ResponseDefinition definition, long subEventChars) {
    long text = length(request.getUrl()) + length(request.getAbsoluteUrl()) + subEventChars
        + request.getHeaders().all().stream()
            .mapToLong(h -> h.key().length() + h.values().stream().mapToLong(String::length).sum()).sum()
        + (request.getBody() == null ? 0 : request.getBody().length)
        + (response == null || response.getBody() == null ? 0 : response.getBody().length)
        + bodyLength(definition);
    return ENTRY_OVERHEAD + 2 * text;
  }

  private static long length(String text) {
    return text == null ? 0 : text.length();
  }

  /** The request as the journal keeps it; see {@link #request}. */
  private static final class KeptRequest extends RequestWrapper {

    private static final Map<CaseInsensitiveKey, FieldTransformer<List<String>>> MASKED =
        Map.of(
            CaseInsensitiveKey.from(OkxHeaders.ACCESS_PASSPHRASE), JournalEntries::masked,
            CaseInsensitiveKey.from(OkxHeaders.ACCESS_SIGN), JournalEntries::masked);

    private final Request delegate;
    private final boolean cut;

    /** @param cutBody the body to keep in place of the request's, or {@code null} to keep it whole */
    KeptRequest(Request delegate, byte[] cutBody, List<HttpHeader> added) {
      super(delegate, null, null, added, List.of(), MASKED, Map.of(), List.of(), Map.of(),
          cutBody == null ? null : body -> new Body(cutBody), null);
      this.delegate = delegate;
      this.cut = cutBody != null;
    }

    @Override
    public String getUrl() {
      return delegate.getUrl(); // RequestWrapper derives it from the absolute URL
    }

    @Override
    public Collection<Part> getParts() {
      return cut ? null : super.getParts(); // the parts are the whole body again
    }

    @Override
    public Map<String, FormParameter> formParameters() {
      return cut ? Map.of() : super.formParameters();
    }
  }

  private static List<String> masked(List<String> values) {
    return Collections.nCopies(values.size(), MASK);
  }
}
