package dev.okxtestkit.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds the settings that apply to a test: the builder's for a {@code @RegisterExtension} instance,
 * else the closest {@link OkxSimulator} (method, class and superclasses, enclosing classes of
 * {@code @Nested} ones). Both ways at once is an error, never a silent choice (wiremock#2122).
 *
 * <p>What a class or method declares is looked up once per run and kept in the root store, as every
 * callback of every test asks again.
 */
final class SettingsLookup {

  private SettingsLookup() {}

  /** An annotation, where it was found (for messages), and its settings if they are valid. */
  record Found(OkxSimulator annotation, String where, SimulatorSettings settings, String invalid) {

    static Found of(OkxSimulator annotation, String where) {
      try {
        return new Found(annotation, where, SimulatorSettings.of(annotation), null);
      } catch (IllegalArgumentException e) {
        return new Found(annotation, where, null, e.getMessage());
      }
    }

    SimulatorSettings requireValid() {
      if (settings == null) {
        throw new ExtensionConfigurationException("@OkxSimulator on " + where + ": " + invalid);
      }
      return settings;
    }
  }

  /** What a test class declares. */
  record ClassFacts(Optional<Found> annotation, List<Field> registrations) {

    /** Root-store key. */
    record Key(Class<?> testClass) {}

    static ClassFacts find(Key key) {
      Optional<Found> annotation = Optional.empty();
      List<Field> registrations = new ArrayList<>();
      for (Class<?> c = key.testClass(); c != null; c = enclosingOfInner(c)) {
        if (annotation.isEmpty()) {
          annotation = findOn(c, "class " + c.getName());
        }
        registrations.addAll(ReflectionSupport.findFields(
            c,
            f -> AnnotationSupport.isAnnotated(f, RegisterExtension.class)
                && OkxSimulatorExtension.class.isAssignableFrom(f.getType()),
            HierarchyTraversalMode.TOP_DOWN));
      }
      return new ClassFacts(annotation, List.copyOf(registrations));
    }

    private static Class<?> enclosingOfInner(Class<?> c) {
      // Only @Nested (inner) classes inherit the extensions of their enclosing class.
      return c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null;
    }
  }

  /** What a test method declares. */
  record MethodFacts(Optional<Found> annotation) {

    /** Root-store key. */
    record Key(Method method) {}

    static MethodFacts find(Key key) {
      Method m = key.method();
      return new MethodFacts(
          findOn(m, "method " + m.getDeclaringClass().getName() + "." + m.getName() + "()"));
    }
  }

  private static Optional<Found> findOn(AnnotatedElement element, String where) {
    return AnnotationSupport.findAnnotation(element, OkxSimulator.class).map(a -> Found.of(a, where));
  }

  /**
   * The settings for {@code ctx}.
   *
   * @param programmatic the builder's settings, or {@code null} for the {@code @OkxSimulator} instance
   * @throws ExtensionConfigurationException for conflicting or invalid configuration
   */
  static SimulatorSettings settings(ExtensionContext ctx, SimulatorSettings programmatic) {
    Optional<Class<?>> testClass = ctx.getTestClass();
    if (testClass.isEmpty()) {
      return programmatic != null ? programmatic : SimulatorSettings.DEFAULTS;
    }
    ExtensionContext.Store cache = ctx.getRoot().getStore(OkxSimulatorExtension.NAMESPACE);
    ClassFacts facts = cache.getOrComputeIfAbsent(
        new ClassFacts.Key(testClass.get()), ClassFacts::find, ClassFacts.class);
    Optional<Found> onMethod = ctx.getTestMethod()
        .flatMap(m -> cache.getOrComputeIfAbsent(new MethodFacts.Key(m), MethodFacts::find, MethodFacts.class)
            .annotation());
    Optional<Found> closest = onMethod.isPresent() ? onMethod : facts.annotation();

    if (facts.registrations().size() > 1) {
      throw new ExtensionConfigurationException(testClass.get().getName()
          + " registers OkxSimulatorExtension in more than one @RegisterExtension field ("
          + names(facts.registrations()) + "); keep one.");
    }
    boolean registered = !facts.registrations().isEmpty();
    if ((registered && programmatic == null) || (programmatic != null && closest.isPresent())) {
      throw new ExtensionConfigurationException("OkxSimulatorExtension is configured twice for "
          + testClass.get().getName() + ": by "
          + closest.map(f -> "@OkxSimulator on " + f.where()).orElse("@ExtendWith(OkxSimulatorExtension.class)")
          + " and by " + (registered ? "the @RegisterExtension field " + names(facts.registrations())
              : "a @RegisterExtension field")
          + ". Configure it one way: move the attributes to OkxSimulatorExtension.builder(), or remove"
          + " the field.");
    }
    if (programmatic != null) {
      return programmatic;
    }
    if (onMethod.isPresent() && onMethod.get().annotation().exportSystemProperties()) {
      throw new ExtensionConfigurationException("exportSystemProperties works on the class level only, "
          + "not on " + onMethod.get().where() + ": system properties are set before the class's tests "
          + "start. Move it to the class's @OkxSimulator.");
    }
    // Without an annotation: a plain @ExtendWith(OkxSimulatorExtension.class).
    return closest.map(Found::requireValid).orElse(SimulatorSettings.DEFAULTS);
  }

  private static String names(List<Field> fields) {
    return fields.stream()
        .map(f -> f.getDeclaringClass().getSimpleName() + "." + f.getName())
        .collect(Collectors.joining(", "));
  }
}
