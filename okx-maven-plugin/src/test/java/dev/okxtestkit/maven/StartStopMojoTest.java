package dev.okxtestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class StartStopMojoTest {

  private final RecordingLog log = new RecordingLog();
  private final MavenProject project = new MavenProject(new Model());

  @Test
  void startExportsTheKeyAndStopStopsTheSimulatorStartFoundInTheProject() throws Exception {
    StartMojo start = new StartMojo();
    start.setLog(log);
    start.project = project;
    start.execute();

    String baseUrl = project.getProperties().getProperty("okx.baseUrl");
    assertThat(baseUrl).startsWith("http://127.0.0.1:");
    assertThat(project.getProperties().getProperty("okx.wsUrl")).matches("ws://127\\.0\\.0\\.1:\\d+/ws/v5/");
    assertThat(project.getProperties().getProperty("okx.apiKey")).isNotBlank();
    String secret = project.getProperties().getProperty("okx.secretKey");
    assertThat(secret).hasSize(32);
    assertThat(project.getProperties().getProperty("okx.passphrase")).isNotBlank();
    assertThat(get(baseUrl + "/api/v5/public/time")).isEqualTo(200);
    assertThat(log.text()).doesNotContain(secret);

    StopMojo stop = new StopMojo();
    stop.setLog(log);
    stop.project = project;
    stop.execute();

    assertThat(project.getContextValue(SimulatorContext.KEY)).isNull();
    assertThat(log.lines).last().isEqualTo("[info] OKX simulator stopped");
    try {
      get(baseUrl + "/api/v5/public/time");
      throw new AssertionError("the simulator still answers");
    } catch (java.io.IOException expected) {
      // connection refused: stopped
    }
  }

  @Test
  void stopWithoutStartSaysSo() throws Exception {
    StopMojo stop = new StopMojo();
    stop.setLog(log);
    stop.project = project;
    stop.execute();

    assertThat(log.lines).containsExactly(
        "[info] No OKX simulator was started by okx:start in this project; nothing to stop");
  }

  private static int get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
