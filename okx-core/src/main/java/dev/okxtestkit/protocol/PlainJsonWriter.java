package dev.okxtestkit.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes what answers are made of (maps with string keys, lists, strings, numbers, booleans, null and
 * {@link WireValue} constants) straight to a generator, exactly as Jackson's databind would. It keeps
 * databind (about 390 classes, 0.1-0.2 s of a cold start) off a server's start and its GET answers;
 * anything else is refused, and {@link Json#write} hands the whole value to databind.
 */
final class PlainJsonWriter {

  /** Thrown on the first value this writer does not know; cheap, as it carries no stack trace. */
  static final class NotPlain extends RuntimeException {
    NotPlain() {
      super(null, null, false, false);
    }
  }

  private static final NotPlain NOT_PLAIN = new NotPlain();

  private PlainJsonWriter() {}

  static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String text) {
      out.writeString(text);
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw NOT_PLAIN;
        }
        out.writeFieldName(key);
        write(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Collection<?> items) {
      out.writeStartArray();
      for (Object item : items) {
        write(out, item);
      }
      out.writeEndArray();
    } else if (value instanceof WireValue wire) {
      out.writeString(wire.wire());
    } else if (value instanceof Boolean bool) {
      out.writeBoolean(bool);
    } else {
      writeNumber(out, value);
    }
  }

  private static void writeNumber(JsonGenerator out, Object value) throws IOException {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      out.writeNumber(((Number) value).intValue());
    } else if (value instanceof Long number) {
      out.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      out.writeNumber(number);
    } else if (value instanceof BigInteger number) {
      out.writeNumber(number);
    } else if (value instanceof Double number) {
      out.writeNumber(number);
    } else if (value instanceof Float number) {
      out.writeNumber(number);
    } else {
      throw NOT_PLAIN;
    }
  }
}
