package dev.okxtestkit.junit;

import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit Jupiter extension behind {@link OkxSimulator}; register it yourself to configure it in
 * code:
 *
 * <pre>{@code
 * @RegisterExtension
 * static OkxSimulatorExtension okx = OkxSimulatorExtension.builder()
 *     .permissions(Permission.READ_ONLY)
 *     .balances("USDT=1000")
 *     .build();
 * }</pre>
 *
 * <p>The instance holds configuration only. The simulator lives in JUnit's root store (one per port,
 * started on first use, stopped when the run ends) and each test's key in that test's store, so one
 * instance serves any number of classes, also in parallel. Tests reach the simulator through an
 * injected {@link OkxSimulatorHandle}.
 */
public final class OkxSimulatorExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback,
        ParameterResolver {

  /** Set with {@code exportSystemProperties}: the simulator's base URL. */
  public static final String BASE_URL_PROPERTY = "okx.base-url";
  public static final String WS_URL_PROPERTY = "okx.ws-url";
  /** Set with {@code exportSystemProperties}: the class key's API key. */
  public static final String API_KEY_PROPERTY = "okx.api-key";
  /** Set with {@code exportSystemProperties}: the class key's secret key. */
  public static final String SECRET_KEY_PROPERTY = "okx.secret-key";
  /** Set with {@code exportSystemProperties}: the class key's passphrase. */
  public static final String PASSPHRASE_PROPERTY = "okx.passphrase";

  static final Namespace NAMESPACE = Namespace.create(OkxSimulatorExtension.class);

  /** The builder's settings; {@code null} for the instance {@link OkxSimulator} registers. */
  private final SimulatorSettings programmatic;

  /** Used by {@link OkxSimulator}; configure with the annotation's attributes. */
  public OkxSimulatorExtension() {
    this(null);
  }

  private OkxSimulatorExtension(SimulatorSettings programmatic) {
    this.programmatic = programmatic;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext ctx) {
    SimulatorSettings settings = settings(ctx);
    Class<?> testClass = ctx.getRequiredTestClass();
    if (settings.exportSystemProperties()) {
      OkxSimulatorHandle handle = handle(ctx);
      ctx.getStore(NAMESPACE).getOrComputeIfAbsent(new ExportedSystemProperties.Key(ctx.getUniqueId()),
          k -> ExportedSystemProperties.export(handle), ExportedSystemProperties.class);
    }
    List<FieldInjection> statics = fields(ctx, testClass).staticFields();
    if (!statics.isEmpty()) {
      OkxSimulatorHandle handle = handle(ctx);
      statics.forEach(f -> f.inject(null, handle));
    }
    ctx.getStore(NAMESPACE).put(new ClassPrepared(testClass), Boolean.TRUE);
  }

  @Override
  public void beforeEach(ExtensionContext ctx) {
    SimulatorSettings settings = settings(ctx);
    Class<?> testClass = ctx.getRequiredTestClass();
    if (ctx.getStore(NAMESPACE).get(new ClassPrepared(testClass)) == null) {
      requireNoClassLevelNeeds(testClass, settings, fields(ctx, testClass));
    }
    for (Object instance : ctx.getRequiredTestInstances().getAllInstances()) {
      List<FieldInjection> fields = fields(ctx, instance.getClass()).instanceFields();
      if (!fields.isEmpty()) {
        OkxSimulatorHandle handle = handle(ctx);
        fields.forEach(f -> f.inject(instance, handle));
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext ctx) {
    failOnAuthErrors(ctx, "test " + ctx.getDisplayName());
  }

  @Override
  public void afterAll(ExtensionContext ctx) {
    failOnAuthErrors(ctx, "class " + ctx.getDisplayName() + " (static fields and @BeforeAll)");
  }

  @Override
  public boolean supportsParameter(ParameterContext param, ExtensionContext ctx) {
    if (injectable(param).isEmpty()) {
      return false;
    }
    try {
      settings(ctx); // a conflicting configuration is reported here, not as JUnit's competing resolvers
    } catch (ExtensionConfigurationException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
    return true;
  }

  @Override
  public Object resolveParameter(ParameterContext param, ExtensionContext ctx) {
    Injectable wanted = injectable(param).orElseThrow();
    return wanted.valueFrom(handle(ctx), param.getParameter().getType());
  }

  /**
   * Constructor parameters get the test method's key, as instance fields do, rather than the class's.
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  private SimulatorSettings settings(ExtensionContext ctx) {
    return SettingsLookup.settings(ctx, programmatic);
  }

  private static Optional<Injectable> injectable(ParameterContext param) {
    String what = "Parameter [" + param.getParameter() + "] of "
        + param.getDeclaringExecutable().getDeclaringClass().getSimpleName() + "."
        + param.getDeclaringExecutable().getName() + "()";
    return Injectable.of(
        what, param.getParameter().getType(), param::isAnnotated, false,
        ParameterResolutionException::new);
  }

  /** The key of exactly this context (test method, or class), made on first use. */
  private OkxSimulatorHandle handle(ExtensionContext ctx) {
    return ctx.getStore(NAMESPACE).getOrComputeIfAbsent(
        new TestScope.Key(ctx.getUniqueId()), k -> openScope(ctx, settings(ctx)), TestScope.class)
        .handle();
  }

  private static TestScope openScope(ExtensionContext ctx, SimulatorSettings settings) {
    RunningSimulator simulator = ctx.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
        new RunningSimulator.Key(settings.port()), RunningSimulator::start, RunningSimulator.class);
    return TestScope.open(simulator, settings);
  }

  private static FieldInjection.OfClass fields(ExtensionContext ctx, Class<?> testClass) {
    return ctx.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
        new FieldInjection.OfClass.Key(testClass), FieldInjection.OfClass::find,
        FieldInjection.OfClass.class);
  }

  private static void failOnAuthErrors(ExtensionContext ctx, String owner) {
    TestScope.of(ctx).ifPresent(scope -> {
      List<AuthFailure> failures = scope.reportableFailures();
      if (!failures.isEmpty()) {
        // Thrown even when the test failed already: JUnit then keeps the test's own failure first
        // and attaches this one as suppressed, so neither hides the other.
        throw new OkxAuthFailuresError(owner, scope.handle().credentials().apiKey(), failures);
      }
    });
  }

  /** Without beforeAll (method-level or non-static registration) there is no class key to give. */
  private static void requireNoClassLevelNeeds(
      Class<?> testClass, SimulatorSettings settings, FieldInjection.OfClass fields) {
    String why = " needs OkxSimulatorExtension before the tests of " + testClass.getSimpleName()
        + " start, but it was registered on a method or by a non-static @RegisterExtension field. Put"
        + " @OkxSimulator on the class or make the @RegisterExtension field static";
    if (!fields.staticFields().isEmpty()) {
      FieldInjection first = fields.staticFields().get(0);
      throw new ExtensionConfigurationException("Static field "
          + first.field().getDeclaringClass().getSimpleName() + "." + first.field().getName() + why
          + ", or make the field an instance field.");
    }
    if (settings.exportSystemProperties()) {
      throw new ExtensionConfigurationException("exportSystemProperties" + why + ".");
    }
  }

  /** Marks a class whose static fields and system properties beforeAll took care of. */
  private record ClassPrepared(Class<?> testClass) {}

  /**
   * Configuration of a programmatically registered extension. The same defaults as {@link
   * OkxSimulator}.
   */
  public static final class Builder {
    private SimulatorSettings settings = SimulatorSettings.DEFAULTS;

    private Builder() {}

    /** What the test keys may do; {@code READ_ONLY} is always included, as on OKX. */
    public Builder permissions(Permission... permissions) {
      settings = settings.withPermissions(SimulatorSettings.permissionSet(permissions));
      return this;
    }

    /** {@code DEMO} (the default) or {@code LIVE} test keys. */
    public Builder environment(Environment environment) {
      settings = settings.withEnvironment(environment);
      return this;
    }

    /**
     * What each test key's account starts with, as {@code CURRENCY=AMOUNT}, e.g. {@code "USDT=1000"}.
     *
     * @throws IllegalArgumentException for an entry in another form
     */
    public Builder balances(String... entries) {
      settings = settings.withBalances(SimulatorSettings.parseBalances(List.of(entries)));
      return this;
    }

    /** What each test key's account starts with. */
    public Builder balances(Map<String, BigDecimal> amounts) {
      settings = settings.withBalances(amounts);
      return this;
    }

    /** 0 (the default) for the shared simulator on a free port; else a simulator of its own. */
    public Builder port(int port) {
      settings = settings.withPort(port);
      return this;
    }

    /** Whether auth failures of a test's key fail the test (default: yes). */
    public Builder failOnAuthErrors(boolean fail) {
      settings = settings.withFailOnAuthErrors(fail);
      return this;
    }

    /**
     * Whether to set {@code okx.base-url}, {@code okx.api-key}, {@code okx.secret-key} and {@code
     * okx.passphrase} for the class (global to the JVM; see {@link
     * OkxSimulator#exportSystemProperties()}). Needs a static field.
     */
    public Builder exportSystemProperties(boolean export) {
      settings = settings.withExportSystemProperties(export);
      return this;
    }

    public OkxSimulatorExtension build() {
      return new OkxSimulatorExtension(settings);
    }
  }
}
