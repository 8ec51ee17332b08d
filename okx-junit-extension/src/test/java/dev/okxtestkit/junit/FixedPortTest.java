package dev.okxtestkit.junit;

import static dev.okxtestkit.junit.TestKit.reported;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@ResourceLock(Resources.SYSTEM_PROPERTIES)
class FixedPortTest {

  @Test
  void aFixedPortGetsItsOwnSimulatorSharedByEveryoneWhoAsksForIt() throws IOException {
    int port = freePort();
    System.setProperty(OnFixedPortTestCases.PORT_PROPERTY, Integer.toString(port));
    try {
      var results = TestKit.runInParallel(
          OnFixedPortTestCases.class, AlsoOnFixedPortTestCases.class, OnFreePortTestCases.class);

      results.allEvents().assertStatistics(s -> s.failed(0));
      List<String> fixed = reported(results, "fixed");
      assertThat(fixed).hasSize(2).containsOnly("http://127.0.0.1:" + port);
      assertThat(reported(results, "free")).singleElement().isNotEqualTo(fixed.get(0));
    } finally {
      System.clearProperty(OnFixedPortTestCases.PORT_PROPERTY);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Gets its port from a system property, as an annotation needs a constant. */
  static class OnFixedPortTestCases {
    static final String PORT_PROPERTY = "okx.test.fixed-port";

    @RegisterExtension
    static OkxSimulatorExtension okx =
        OkxSimulatorExtension.builder().port(Integer.getInteger(PORT_PROPERTY, 0)).build();

    @Test
    void runs(OkxSimulatorHandle okx, TestReporter reporter) {
      assertThat(OkxHttp.get(okx.baseUrl(), okx.credentials(), OkxHttp.BALANCE).statusCode()).isEqualTo(200);
      reporter.publishEntry("fixed", okx.baseUrl());
    }
  }

  static class AlsoOnFixedPortTestCases {
    @RegisterExtension
    static OkxSimulatorExtension okx = OkxSimulatorExtension.builder()
        .port(Integer.getInteger(OnFixedPortTestCases.PORT_PROPERTY, 0)).build();

    @Test
    void runs(OkxSimulatorHandle okx, TestReporter reporter) {
      reporter.publishEntry("fixed", okx.baseUrl());
    }
  }

  @OkxSimulator
  static class OnFreePortTestCases {
    @Test
    void runs(@OkxBaseUrl String baseUrl, TestReporter reporter) {
      reporter.publishEntry("free", baseUrl);
    }
  }
}
