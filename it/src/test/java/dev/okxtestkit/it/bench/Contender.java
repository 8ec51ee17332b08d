package dev.okxtestkit.it.bench;

import dev.okxtestkit.signing.OkxCredentials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the two servers compared, as the {@code java -jar} command that starts it. Both listen on a
 * port the harness picked, on 127.0.0.1, without a request journal: the same work apart from what
 * the simulator adds.
 *
 * @param label name in the results table
 * @param jar the runnable jar
 * @param options command-line options after {@code --port N}
 */
record Contender(String label, Path jar, List<String> options) {

  static final String SIMULATOR = "okx-simulator";
  static final String BARE_WIREMOCK = "bare WireMock";

  Contender {
    options = List.copyOf(options);
  }

  /** The simulator accepting exactly {@code key}, so the harness can sign for it. */
  static Contender simulator(Path jar, OkxCredentials key) {
    return new Contender(SIMULATOR, jar, List.of(
        "--bind", "127.0.0.1",
        "--ws-port", "0", // the port is picked by the harness; the WebSocket one must not clash either
        "--no-request-journal",
        "--api-key", key.apiKey(),
        "--secret-key", key.secretKey(),
        "--passphrase", key.passphrase()));
  }

  /** WireMock loading the static balance stub from {@code rootDir/mappings} as it starts. */
  static Contender bareWireMock(Path jar, Path rootDir) {
    return new Contender(BARE_WIREMOCK, jar, List.of(
        "--bind-address", "127.0.0.1",
        "--no-request-journal",
        "--root-dir", rootDir.toString()));
  }

  boolean isSimulator() {
    return label.equals(SIMULATOR);
  }

  List<String> command(Path java, List<String> jvmArgs, int port) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmArgs);
    command.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port)));
    command.addAll(options);
    return command;
  }

  /** The command as shown in logs; secret and passphrase are throwaways, but still not printed. */
  String describe() {
    List<String> shown = new ArrayList<>(options);
    for (String option : List.of("--secret-key", "--passphrase")) {
      int at = shown.indexOf(option);
      if (at >= 0) {
        shown.set(at + 1, "****");
      }
    }
    return "java -jar " + jar.getFileName() + " --port N " + String.join(" ", shown);
  }
}
