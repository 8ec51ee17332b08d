package dev.okxtestkit.auth;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree the ways client libraries do, so the diagnostician can re-create a body that was
 * signed in one layout and sent in another: compact (JavaScript, Jackson), Python's {@code json.dumps}
 * default ({@code ", "} and {@code ": "}, non-ASCII escaped), and either with sorted keys.
 */
final class JsonLayouts {

  private JsonLayouts() {}

  static String write(JsonNode node, boolean spaced, boolean sortKeys, boolean asciiOnly) {
    StringBuilder out = new StringBuilder();
    write(node, spaced, sortKeys, asciiOnly, out);
    return out.toString();
  }

  private static void write(
      JsonNode node, boolean spaced, boolean sortKeys, boolean asciiOnly, StringBuilder out) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      node.fields().forEachRemaining(fields::add);
      if (sortKeys) {
        fields.sort(Map.Entry.comparingByKey());
      }
      out.append('{');
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append(spaced ? ", " : ",");
        }
        string(fields.get(i).getKey(), asciiOnly, out);
        out.append(spaced ? ": " : ":");
        write(fields.get(i).getValue(), spaced, sortKeys, asciiOnly, out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      Iterator<JsonNode> elements = node.elements();
      boolean first = true;
      while (elements.hasNext()) {
        if (!first) {
          out.append(spaced ? ", " : ",");
        }
        first = false;
        write(elements.next(), spaced, sortKeys, asciiOnly, out);
      }
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), asciiOnly, out);
    } else {
      out.append(node.toString()); // numbers keep their text, true/false/null as is
    }
  }

  private static void string(String s, boolean asciiOnly, StringBuilder out) {
    out.append('"');
    if (!asciiOnly) {
      out.append(JsonStringEncoder.getInstance().quoteAsString(s));
    } else {
      for (char c : JsonStringEncoder.getInstance().quoteAsString(s)) {
        if (c < 0x80) {
          out.append(c);
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    out.append('"');
  }
}
