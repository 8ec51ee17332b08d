package dev.okxtestkit.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version this module was built as, which is also the tag of the image it was built with. */
final class Version {

  static final String PROJECT = load();

  private Version() {}

  private static String load() {
    // A resource filtered by Maven, not the manifest: it is there in tests and IDEs as well as in the jar.
    String resource = "okx-testcontainers.properties";
    try (InputStream in = Version.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing next to " + Version.class.getName()
            + "; rebuild okx-testcontainers with Maven");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.contains("${")) {
        throw new IllegalStateException(resource + " was not filtered by Maven (version='" + version
            + "'); rebuild okx-testcontainers with Maven");
      }
      return version.trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
