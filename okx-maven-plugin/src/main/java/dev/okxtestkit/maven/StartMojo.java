package dev.okxtestkit.maven;

import dev.okxtestkit.contracts.EmbeddedSimulator;
import dev.okxtestkit.contracts.VerificationSetupException;
import java.util.Properties;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the OKX simulator for the integration tests and sets the project properties okx.baseUrl,
 * okx.wsUrl, okx.apiKey, okx.secretKey and okx.passphrase (a fresh demo key), for failsafe's
 * systemPropertyVariables or resource filtering. okx:stop stops it.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartMojo extends AbstractMojo {

  /** Skips okx:verify, okx:start and okx:stop. */
  @Parameter(property = "okx.skip", defaultValue = "false")
  boolean skip;

  /** Port on 127.0.0.1; 0 picks a free one, so parallel builds never collide. */
  @Parameter(property = "okx.port", defaultValue = "0")
  int port;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping okx:start (okx.skip=true)");
      return;
    }
    if (project.getContextValue(SimulatorContext.KEY) != null) {
      getLog().info("The OKX simulator started earlier in this build is still running; keeping it");
      return;
    }
    EmbeddedSimulator simulator;
    try {
      simulator = EmbeddedSimulator.start(port, true);
    } catch (VerificationSetupException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    project.setContextValue(SimulatorContext.KEY, simulator);
    Properties properties = project.getProperties();
    properties.setProperty(SimulatorContext.BASE_URL, simulator.baseUrl());
    properties.setProperty(SimulatorContext.WS_URL, simulator.server().wsUrl());
    properties.setProperty(SimulatorContext.API_KEY, simulator.credentials().apiKey());
    properties.setProperty(SimulatorContext.SECRET_KEY, simulator.credentials().secretKey());
    properties.setProperty(SimulatorContext.PASSPHRASE, simulator.credentials().passphrase());
    getLog().info("OKX simulator started at " + simulator.baseUrl() + "; set " + SimulatorContext.BASE_URL + ", "
        + SimulatorContext.WS_URL + ", " + SimulatorContext.API_KEY + ", " + SimulatorContext.SECRET_KEY + ", "
        + SimulatorContext.PASSPHRASE);
  }
}
