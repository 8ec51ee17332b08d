package dev.okxtestkit.wiremock;

import dev.okxtestkit.testing.SignedClient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.clock.SimulatorClock;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * start() sends the server one request of its own, so a test's first request is not the slow one;
 * the user never sees it: not in the journal, not in the rate limits, not as an auth failure.
 */
@Timeout(30)
class WarmUpAcceptanceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.000Z");
  private static final String TIME = "/api/v5/public/time";

  @Test
  void aStartedServerHasAnEmptyJournalAndNoAuthFailures() {
    try (OkxSimulatorServer server = OkxSimulatorServer.builder().start()) {
      assertThat(server.wireMock().getAllServeEvents()).isEmpty();
      assertThat(server.authFailures()).isEmpty();
    }
  }

  @Test
  void theFirstRequestsAreTheFirstInTheJournal() {
    try (OkxSimulatorServer server = OkxSimulatorServer.builder().maxRequestJournalEntries(1).start()) {
      assertThat(new SignedClient(server.baseUrl()).get(TIME + "?n=1").send().statusCode()).isEqualTo(200);

      assertThat(server.wireMock().getAllServeEvents()).singleElement()
          .satisfies(e -> assertThat(e.getRequest().getUrl()).isEqualTo(TIME + "?n=1"));
    }
  }

  @Test
  void theFullRateLimitIsLeftForTheUser() {
    // public/time allows 10 requests per 2 s per IP; on a fixed clock the window never moves on.
    try (OkxSimulatorServer server =
        OkxSimulatorServer.builder().clock(SimulatorClock.fixed(NOW)).rateLimits(true).start()) {
      SignedClient client = new SignedClient(server.baseUrl());

      assertThat(IntStream.range(0, 11).map(i -> client.get(TIME).send().statusCode()))
          .containsExactly(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 429);
    }
  }

  @Test
  void aServerWithoutJournalStartsToo() {
    try (OkxSimulatorServer server = OkxSimulatorServer.builder().disableRequestJournal().start()) {
      assertThat(new SignedClient(server.baseUrl()).get(TIME).send().statusCode()).isEqualTo(200);
    }
  }
}
