package dev.okxtestkit.maven;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyMojoTest {

  @TempDir Path base;
  private final RecordingLog log = new RecordingLog();

  @Test
  void skipLogsOneLine() throws Exception {
    VerifyMojo mojo = mojo();
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("[info] Skipping okx:verify (okx.skip=true)");
  }

  @Test
  void builtInSuitePassesAndWritesBothReports() throws Exception {
    mojo().execute();

    assertThat(log.text()).contains("50 checks: 50 passed, 0 failed, 0 errors, 0 skipped")
        .contains("okx:verify suite wall time:");
    assertThat(base.resolve("target/okx-reports/TEST-okx-contracts.xml")).isRegularFile();
    assertThat(base.resolve("target/okx-reports/okx-report.json")).isRegularFile();
  }

  @Test
  void zeroChecksFailTheBuildUnlessAllowed() throws Exception {
    VerifyMojo mojo = mojo();
    mojo.builtInChecks = false;

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("No OKX contract checks ran: there are no built-in checks");

    mojo.failIfNoChecks = false;
    mojo.execute();
    assertThat(log.text()).contains("[warn] No OKX contract checks ran");
  }

  @Test
  void aViolatedContractFailsWithExpectedAndActual() throws Exception {
    Files.createDirectories(base.resolve("src/test/okx"));
    Files.writeString(base.resolve("src/test/okx/balance.json"), """
        {"name": "balance-has-bonus",
         "request": {"method": "GET", "path": "/api/v5/account/balance"},
         "expect": {"fields": ["totalEq", "bonusEq"]}}""");
    VerifyMojo mojo = mojo();
    mojo.builtInChecks = false;

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 of 1 OKX contract checks failed")
        .hasMessageContaining("FAILED contracts.balance / balance-has-bonus: GET /api/v5/account/balance:"
            + " expected HTTP 200, code 0, data[0] fields [totalEq, bonusEq]; got HTTP 200, code 0");
    assertThat(log.text()).contains("- fields: data[0] lacks [bonusEq]");
  }

  @Test
  void anInvalidContractFileFailsNamingTheProblem() throws Exception {
    Files.createDirectories(base.resolve("src/test/okx"));
    Files.writeString(base.resolve("src/test/okx/bad.json"), "{\"request\": {}, \"expect\": {}}");

    assertThatThrownBy(mojo()::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("bad.json: $.request.method: required");
  }

  @Test
  void unreachableSandboxIsAnExecutionError() throws Exception {
    VerifyMojo mojo = mojo();
    mojo.target = "sandbox";
    mojo.url = "https://127.0.0.1:1";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("No answer from https://127.0.0.1:1");
  }

  @Test
  void urlTargetThatIsNoSimulatorAndNoKeySaysHowToConfigureOne() throws Exception {
    WireMockServer notOkx = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    notOkx.start();
    try {
      notOkx.stubFor(get("/api/v5/public/time").willReturn(okJson("{\"code\":\"0\",\"msg\":\"\",\"data\":[]}")));
      VerifyMojo mojo = mojo();
      mojo.target = "url";
      mojo.url = notOkx.baseUrl();

      assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
          .hasMessageContaining("No OKX demo-trading credentials. Add to ~/.m2/settings.xml")
          .hasMessageContaining("<id>okx-demo</id>")
          .hasMessageContaining("is not a simulator that hands out keys");
    } finally {
      notOkx.stop();
    }
  }

  @Test
  void liveIsRefused() throws Exception {
    VerifyMojo mojo = mojo();
    mojo.target = "sandbox";
    mojo.environment = "live";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("never runs against OKX live trading");
  }

  @Test
  void settingsServerKeyIsUsedAndNeverPrinted() throws Exception {
    String secret = "A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6";
    String passphrase = "Settings-Pass-77";
    try (OkxSimulatorServer okx = OkxSimulatorServer.builder()
        .credentials(OkxCredentials.of("5f0e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", secret, passphrase)).start()) {
      VerifyMojo mojo = mojo();
      mojo.target = "url";
      mojo.url = okx.baseUrl();
      Server server = new Server();
      server.setId("okx-demo");
      server.setUsername("5f0e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
      server.setPassword("{encrypted}");
      server.setPassphrase(passphrase);
      mojo.settings.addServer(server);
      mojo.decrypter = request -> {
        Server decrypted = request.getServers().get(0).clone();
        decrypted.setPassword(secret); // what a real SettingsDecrypter makes of {encrypted}
        return decrypted(decrypted);
      };

      mojo.execute();

      assertThat(log.text()).contains("from settings.xml server 'okx-demo'").contains("0 failed")
          .doesNotContain(secret, passphrase);
      for (String report : new String[] {"TEST-okx-contracts.xml", "okx-report.json"}) {
        assertThat(Files.readString(base.resolve("target/okx-reports/" + report))).doesNotContain(secret, passphrase);
      }
    }
  }

  private static SettingsDecryptionResult decrypted(Server server) {
    return new SettingsDecryptionResult() {
      @Override public Server getServer() { return server; }
      @Override public List<Server> getServers() { return List.of(server); }
      @Override public Proxy getProxy() { return null; }
      @Override public List<Proxy> getProxies() { return List.of(); }
      @Override public List<SettingsProblem> getProblems() { return List.of(); }
    };
  }

  private VerifyMojo mojo() throws IOException {
    Model model = new Model();
    model.setBuild(new Build());
    model.getBuild().setDirectory(base.resolve("target").toString());
    MavenProject project = new MavenProject(model);
    project.setFile(new File(base.toFile(), "pom.xml"));
    VerifyMojo mojo = new VerifyMojo();
    mojo.setLog(log);
    mojo.project = project;
    mojo.target = "simulator";
    mojo.environment = "demo";
    mojo.serverId = "okx-demo";
    mojo.contractsDirectory = base.resolve("src/test/okx").toFile();
    mojo.builtInChecks = true;
    mojo.tradeInstId = "BTC-USDT";
    mojo.failIfNoChecks = true;
    mojo.reportsDirectory = base.resolve("target/okx-reports").toFile();
    mojo.timeoutSeconds = 10;
    mojo.settings = new Settings();
    mojo.environmentVariables = Map.of();
    return mojo;
  }
}
