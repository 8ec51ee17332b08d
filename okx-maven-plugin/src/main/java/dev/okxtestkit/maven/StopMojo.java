package dev.okxtestkit.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Stops the OKX simulator okx:start started for this project. */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopMojo extends AbstractMojo {

  /** Skips okx:verify, okx:start and okx:stop. */
  @Parameter(property = "okx.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping okx:stop (okx.skip=true)");
      return;
    }
    Object running = project.getContextValue(SimulatorContext.KEY);
    if (!(running instanceof AutoCloseable simulator)) {
      getLog().info("No OKX simulator was started by okx:start in this project; nothing to stop");
      return;
    }
    project.setContextValue(SimulatorContext.KEY, null);
    try {
      simulator.close();
    } catch (Exception e) {
      throw new MojoExecutionException("Cannot stop the OKX simulator: " + e.getMessage(), e);
    }
    getLog().info("OKX simulator stopped");
  }
}
