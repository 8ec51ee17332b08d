package dev.okxtestkit.junit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code okx.*} system properties set for one test class, with what they held before; closing
 * puts those back, so the JVM looks as it did once the class is done.
 */
record ExportedSystemProperties(Map<String, String> previous) implements AutoCloseable {

  /** Store key, one per class context. */
  record Key(String uniqueId) {}

  static ExportedSystemProperties export(OkxSimulatorHandle handle) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(OkxSimulatorExtension.BASE_URL_PROPERTY, handle.baseUrl());
    values.put(OkxSimulatorExtension.WS_URL_PROPERTY, handle.wsUrl());
    values.put(OkxSimulatorExtension.API_KEY_PROPERTY, handle.credentials().apiKey());
    values.put(OkxSimulatorExtension.SECRET_KEY_PROPERTY, handle.credentials().secretKey());
    values.put(OkxSimulatorExtension.PASSPHRASE_PROPERTY, handle.credentials().passphrase());
    Map<String, String> previous = new HashMap<>(); // null values: the property was not set
    values.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
    return new ExportedSystemProperties(previous);
  }

  @Override
  public void close() {
    previous.forEach((name, value) -> {
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
    });
  }

  @Override
  public String toString() {
    return "ExportedSystemProperties" + previous.keySet(); // the previous values may be secrets
  }
}
