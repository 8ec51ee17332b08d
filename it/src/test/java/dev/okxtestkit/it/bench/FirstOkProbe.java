package dev.okxtestkit.it.bench;

import java.io.IOException;
import java.time.Duration;

/**
 * Waits for a freshly launched server to answer a signed balance request with 200, and says how
 * long that took from the launch. A server that already listens but answers something else (the
 * simulator's catalogue stubs are registered just after Jetty starts) is not ready yet.
 */
final class FirstOkProbe {

  /**
   * Pause between attempts. Short enough to add at most a few milliseconds to a start-up of about a
   * second, long enough not to steal a core from the JVM that is starting. The same for both servers.
   */
  private static final long RETRY_MILLIS = 5;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final SignedBalanceRequest request;

  FirstOkProbe(SignedBalanceRequest request) {
    this.request = request;
  }

  /** Time from launch to the end of the first 200 response; fails if the server dies or never gets there. */
  Duration awaitFirstOk(ServerProcess server) throws InterruptedException {
    long deadline = server.launchedNanos() + TIMEOUT.toNanos();
    String lastAnswer = "nothing listening";
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException(server.contender().label() + " exited before answering 200:\n"
            + server.logTail());
      }
      try (KeepAliveConnection connection = KeepAliveConnection.open(server.port())) {
        HttpReply reply = connection.exchange(request.next(server.port()), false);
        if (reply.status() == 200) {
          return Duration.ofNanos(System.nanoTime() - server.launchedNanos());
        }
        lastAnswer = "HTTP " + reply.status();
      } catch (IOException e) {
        // Not listening yet, or the connection was dropped while Jetty started: try again.
        lastAnswer = e.toString();
      }
      Thread.sleep(RETRY_MILLIS);
    }
    throw new IllegalStateException(server.contender().label() + " gave no 200 within " + TIMEOUT
        + " (last: " + lastAnswer + "):\n" + server.logTail());
  }
}
