package dev.okxtestkit.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/** JSON in and out; the mapper is configured once and only read afterwards, so sharing it is safe. */
public final class Json {

  /**
   * Enough for {@link #stream}, the hot endpoints' writer. Jackson's databind (about 390 classes and
   * 0.1-0.2 s of a cold start) loads with the first {@link Mapper} use instead, so a server whose first
   * requests are GETs never waits for it.
   */
  private static final JsonFactory STREAMING = JsonFactory.builder().build();

  /** Loaded with the first body parsed or non-plain value written: a holder class initialises on first use. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE =
        JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  private Json() {}

  /** {@code "text"} with JSON escapes. */
  public static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  public static String write(Object value) {
    if (value instanceof TreeNode) {
      return writeWithDatabind(value); // a JsonNode: databind is loaded already, it made the node
    }
    try {
      return stream(generator -> PlainJsonWriter.write(generator, value));
    } catch (PlainJsonWriter.NotPlain e) {
      return writeWithDatabind(value);
    }
  }

  private static String writeWithDatabind(Object value) {
    try {
      return Mapper.INSTANCE.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serializable as JSON: " + value.getClass(), e);
    }
  }

  /** Writes a document with Jackson's streaming generator: for hot endpoints, no maps in between. */
  public static String stream(GeneratorWork work) {
    // Jackson's own writer for writeValueAsString: a StringWriter appends to a synchronized StringBuffer,
    // which took 4% of a balance request's samples in the benchmark's profile.
    SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
    try {
      try (JsonGenerator generator = STREAMING.createGenerator(out)) {
        work.write(generator);
      }
      return out.getAndClear();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // an in-memory writer does not fail
    }
  }

  /** What {@link #stream} writes. */
  @FunctionalInterface
  public interface GeneratorWork {
    void write(JsonGenerator generator) throws java.io.IOException;
  }

  /** The document, or empty when the text is not exactly one JSON value. */
  public static Optional<JsonNode> parse(String text) {
    try {
      return Optional.ofNullable(Mapper.INSTANCE.readTree(text)).filter(n -> !n.isMissingNode());
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
