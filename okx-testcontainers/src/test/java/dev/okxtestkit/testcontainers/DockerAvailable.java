package dev.okxtestkit.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs a container test class only where a Docker engine answers and the simulator image is built; skips
 * it otherwise, saying why. With {@code -Dokx.docker.required=true} (the {@code docker} profile sets it,
 * so CI does) either lack fails the class instead: a CI run must never pass with nothing tested.
 */
final class DockerAvailable implements ExecutionCondition {

  static final String REQUIRED = "okx.docker.required";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isPresent()) {
      return ConditionEvaluationResult.enabled("checked for the test class");
    }
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return unavailable("no Docker engine found (DOCKER_HOST or /var/run/docker.sock); start one, e.g. with"
          + " 'bash shared/scripts/docker-test-env.sh --print-env'");
    }
    String image = OkxSimulatorContainer.DEFAULT_IMAGE.asCanonicalNameString();
    try {
      DockerClientFactory.lazyClient().inspectImageCmd(image).exec();
    } catch (NotFoundException e) {
      return unavailable("image " + image + " is not in the local Docker engine; build it with"
          + " 'mvn -Pdocker -pl okx-testcontainers -am package'");
    }
    return ConditionEvaluationResult.enabled("Docker answers and " + image + " is built");
  }

  private static ConditionEvaluationResult unavailable(String reason) {
    if (Boolean.getBoolean(REQUIRED)) {
      throw new IllegalStateException("Container tests cannot run: " + reason + ". They are required here ("
          + REQUIRED + "=true, set by the docker profile), so this is a failure, not a skip.");
    }
    String message = "Container tests skipped: " + reason + ". Set -D" + REQUIRED + "=true to make this a failure.";
    // Surefire prints no reasons for skipped tests, only the reports keep them; say it on the console too.
    System.err.println("[okx-testcontainers] " + message);
    return ConditionEvaluationResult.disabled(message);
  }
}
