package dev.okxtestkit.maven;

import dev.okxtestkit.contracts.OkxVerifier;
import dev.okxtestkit.contracts.Target;
import dev.okxtestkit.contracts.VerificationSetupException;
import dev.okxtestkit.contracts.VerifyReport;
import dev.okxtestkit.contracts.VerifyRequest;
import dev.okxtestkit.contracts.builtin.BuiltInSuite;
import dev.okxtestkit.contracts.check.Check;
import dev.okxtestkit.contracts.report.ConsoleSummary;
import dev.okxtestkit.contracts.report.JUnitXmlReport;
import dev.okxtestkit.contracts.report.JsonReport;
import dev.okxtestkit.contracts.signer.LoadedSigner;
import dev.okxtestkit.contracts.signer.SignerLoader;
import dev.okxtestkit.contracts.spec.ContractFileException;
import dev.okxtestkit.contracts.spec.ContractFiles;
import dev.okxtestkit.signing.Environment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Runs OKX contract checks (the built-in suite and the project's contract files) against the embedded
 * simulator, OKX's demo-trading sandbox or any URL, writes JUnit XML and JSON reports, and fails the
 * build when a check fails.
 *
 * <p>Secrets are never parameters (Maven prints parameters with {@code -X}): the sandbox key comes from
 * a settings.xml {@code <server>} or the OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE variables.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.TEST)
public class VerifyMojo extends AbstractMojo {

  /** Skips okx:verify, okx:start and okx:stop. */
  @Parameter(property = "okx.skip", defaultValue = "false")
  boolean skip;

  /**
   * Where the checks run: {@code simulator} (embedded, offline), {@code sandbox} (OKX demo trading,
   * always with x-simulated-trading: 1) or {@code url} (any base URL, see {@code url}).
   */
  @Parameter(property = "okx.target", defaultValue = "simulator")
  String target;

  /**
   * Base URL without /api/v5: required for target {@code url}; for {@code sandbox} it defaults to
   * https://www.okx.com and must be https.
   */
  @Parameter(property = "okx.url")
  String url;

  /** {@code demo}; {@code live} is refused, the checks never touch live trading. */
  @Parameter(property = "okx.environment", defaultValue = "demo")
  String environment;

  /**
   * The settings.xml server holding the key: username = API key, password = secret key (encrypt it with
   * mvn --encrypt-password), passphrase = passphrase. Without it, OKX_API_KEY, OKX_SECRET_KEY and
   * OKX_PASSPHRASE are read.
   */
  @Parameter(property = "okx.serverId", defaultValue = "okx-demo")
  String serverId;

  /**
   * A class on the project's test classpath implementing dev.okxtestkit.signing.OkxRequestSigner, with a
   * no-argument constructor. Every signing vector and every request is then signed by it. Default: the
   * reference signer.
   */
  @Parameter(property = "okx.signer")
  String signer;

  /** Directory of the project's contract files (*.json, format: okx-contract.schema.json). */
  @Parameter(property = "okx.contracts", defaultValue = "${project.basedir}/src/test/okx")
  File contractsDirectory;

  /** Runs the built-in suite: signing vectors, authentication refusals, public, market, account, trade. */
  @Parameter(property = "okx.builtInChecks", defaultValue = "true")
  boolean builtInChecks;

  /**
   * Whether checks may place orders (each far from the market, always cancelled). Default: on for the
   * embedded simulator, off elsewhere.
   */
  @Parameter(property = "okx.tradeChecks")
  Boolean tradeChecks;

  /** The spot instrument of the trade check. */
  @Parameter(property = "okx.tradeInstId", defaultValue = "BTC-USDT")
  String tradeInstId;

  /**
   * On target sandbox or url, also runs the checks on the embedded simulator and reports every
   * difference (status, codes, missing or extra fields, JSON types).
   */
  @Parameter(property = "okx.compare", defaultValue = "false")
  boolean compare;

  /** Fails the build when no check ran (a green build that verified nothing is a false positive). */
  @Parameter(property = "okx.failIfNoChecks", defaultValue = "true")
  boolean failIfNoChecks;

  /** Where TEST-okx-contracts.xml (JUnit XML) and okx-report.json go. */
  @Parameter(property = "okx.reportsDirectory", defaultValue = "${project.build.directory}/okx-reports")
  File reportsDirectory;

  /** Timeout of each HTTP request, in seconds. */
  @Parameter(property = "okx.timeoutSeconds", defaultValue = "10")
  int timeoutSeconds;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${settings}", readonly = true, required = true)
  Settings settings;

  @Component
  SettingsDecrypter decrypter;

  /** The process environment; a field so tests can give their own. */
  Map<String, String> environmentVariables = System.getenv();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping okx:verify (okx.skip=true)");
      return;
    }
    List<Check> checks = checks();
    if (checks.isEmpty()) {
      noChecks("there are no built-in checks (okx.builtInChecks=false) and no contract files in "
          + contractsDirectory);
      return;
    }
    try (LoadedSigner loaded = loadSigner()) {
      VerifyReport report = new OkxVerifier(getLog()::info, Clock.systemUTC()).verify(request(checks, loaded));
      report(report);
      if (report.ran() == 0) {
        noChecks("all " + report.results().size() + " checks were skipped on this target");
        return;
      }
      if (!report.problems().isEmpty()) {
        throw new MojoFailureException(report.problems().size() + " of " + report.ran()
            + " OKX contract checks failed (details above and in " + reportsDirectory + "):\n"
            + String.join("\n", ConsoleSummary.problemSummaries(report)));
      }
    } catch (VerificationSetupException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private List<Check> checks() throws MojoFailureException {
    List<Check> checks = new ArrayList<>();
    if (builtInChecks) {
      checks.addAll(BuiltInSuite.checks());
    }
    try {
      checks.addAll(ContractFiles.load(contractsDirectory.toPath()));
    } catch (ContractFileException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    return checks;
  }

  private VerifyRequest request(List<Check> checks, LoadedSigner loaded) throws MojoExecutionException {
    Target where = Target.parse(target);
    boolean remote = where != Target.SIMULATOR;
    return new VerifyRequest(
        where,
        Optional.ofNullable(url),
        environment() == Environment.LIVE,
        remote ? SettingsServers.find(settings, decrypter, serverId) : Optional.empty(),
        serverId,
        remote ? environmentVariables : Map.of(),
        loaded,
        checks,
        Optional.ofNullable(tradeChecks),
        tradeInstId,
        compare,
        Duration.ofSeconds(timeoutSeconds));
  }

  private Environment environment() throws MojoExecutionException {
    try {
      return Environment.parse(environment);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("okx." + e.getMessage());
    }
  }

  private LoadedSigner loadSigner() throws MojoExecutionException {
    if (signer == null || signer.isBlank()) {
      return LoadedSigner.reference();
    }
    try {
      List<Path> classpath = project.getTestClasspathElements().stream().map(Path::of).toList();
      LoadedSigner loaded = SignerLoader.load(signer, classpath, getClass().getClassLoader());
      getLog().info("Signing with " + loaded.name() + " from the project's test classpath");
      return loaded;
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The test classpath is not resolved: " + e.getMessage(), e);
    } catch (VerificationSetupException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private void report(VerifyReport report) throws MojoExecutionException {
    ConsoleSummary.skipped(report).forEach(getLog()::info);
    ConsoleSummary.problems(report).forEach(getLog()::error);
    ConsoleSummary.drift(report).forEach(getLog()::warn);
    getLog().info(ConsoleSummary.totals(report));
    getLog().info(String.format(Locale.ROOT, "okx:verify suite wall time: %.3f s", report.duration().toNanos() / 1e9));
    try {
      Path reports = reportsDirectory.toPath();
      JUnitXmlReport.write(report, reports, Instant.now());
      JsonReport.write(report, reports);
      getLog().info("Reports: " + reports.resolve(JUnitXmlReport.FILE_NAME) + ", " + reports.resolve(JsonReport.FILE_NAME));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the okx:verify reports to " + reportsDirectory + ": "
          + e.getMessage(), e);
    }
  }

  private void noChecks(String why) throws MojoFailureException {
    String message = "No OKX contract checks ran: " + why + ". Add contract files (*.json) to "
        + contractsDirectory + " or enable the built-in suite; -Dokx.failIfNoChecks=false accepts it.";
    if (failIfNoChecks) {
      throw new MojoFailureException(message);
    }
    getLog().warn(message);
  }
}
