import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Installs the real Node.js OKX clients (src/test/node/package.json) into target/node-clients, for the
 * it module's tests that run them against the simulator. Run by the build (exec-maven-plugin, Java's
 * single-file launcher) so that tests themselves never reach past 127.0.0.1.
 *
 * <p>Without npm on the PATH, or when the registry cannot be reached, it says so and leaves the clients
 * out: their tests then report themselves skipped (CI checks that they ran). Installs once; a changed
 * package.json installs again.
 *
 * <pre>java src/build/NodeClients.java SOURCE_DIR TARGET_DIR</pre>
 */
public final class NodeClients {

  private static final long INSTALL_TIMEOUT_MINUTES = 10;

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path manifest = target.resolve("package.json");
    Path installed = target.resolve("node_modules/.okx-installed-from");
    String wanted = Files.readString(manifest);
    if (Files.exists(installed) && Files.readString(installed).equals(wanted)) {
      System.out.println("[node-clients] up to date in " + target);
      return;
    }
    List<String> npm = new ArrayList<>();
    if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win")) {
      npm.addAll(List.of("cmd", "/c"));
    }
    // No lockfile: it would name the registry's host, and the pinned top-level versions are what matter.
    npm.addAll(List.of("npm", "install", "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts",
        "--loglevel=error"));
    Process process;
    try {
      process = new ProcessBuilder(npm).directory(target.toFile()).inheritIO().start();
    } catch (IOException e) {
      System.out.println("[node-clients] WARNING npm not found (" + e.getMessage() + "): the Node.js client"
          + " tests (ccxt pro) will be skipped");
      return;
    }
    if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      System.out.println("[node-clients] WARNING npm install took over " + INSTALL_TIMEOUT_MINUTES
          + " minutes: the Node.js client tests will be skipped");
      return;
    }
    if (process.exitValue() != 0) {
      System.out.println("[node-clients] WARNING npm install failed (exit " + process.exitValue()
          + "): the Node.js client tests will be skipped");
      return;
    }
    Files.writeString(installed, wanted);
    System.out.println("[node-clients] installed into " + target);
  }
}
