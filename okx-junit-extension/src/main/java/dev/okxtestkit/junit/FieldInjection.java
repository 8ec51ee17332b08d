package dev.okxtestkit.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** One field the extension fills, found once per class. */
record FieldInjection(Field field, Injectable what) {

  /** The injectable fields of a class and its superclasses, split by when they are filled. */
  record OfClass(List<FieldInjection> staticFields, List<FieldInjection> instanceFields) {

    /** Root-store key: the fields of a class are looked up once per run. */
    record Key(Class<?> testClass) {}

    static OfClass find(Key key) {
      List<FieldInjection> all = ReflectionSupport
          .findFields(key.testClass(), f -> true, HierarchyTraversalMode.TOP_DOWN)
          .stream()
          .map(FieldInjection::of)
          .flatMap(Optional::stream)
          .toList();
      return new OfClass(
          all.stream().filter(FieldInjection::isStatic).toList(),
          all.stream().filter(i -> !i.isStatic()).toList());
    }
  }

  private static Optional<FieldInjection> of(Field field) {
    String what = "Field " + field.getDeclaringClass().getSimpleName() + "." + field.getName();
    Optional<Injectable> wanted = Injectable.of(
        what, field.getType(), a -> AnnotationSupport.isAnnotated(field, a), true,
        ExtensionConfigurationException::new);
    if (wanted.isPresent() && Modifier.isFinal(field.getModifiers())) {
      throw new ExtensionConfigurationException(
          what + " is final, so the extension cannot inject it; remove 'final'.");
    }
    return wanted.map(w -> new FieldInjection(field, w));
  }

  boolean isStatic() {
    return Modifier.isStatic(field.getModifiers());
  }

  /** Sets the field of {@code target} ({@code null} for a static field). */
  void inject(Object target, OkxSimulatorHandle handle) {
    try {
      field.setAccessible(true);
      field.set(target, what.valueFrom(handle, field.getType()));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExtensionConfigurationException(
          "Could not inject " + field.getDeclaringClass().getSimpleName() + "." + field.getName()
              + ": " + e,
          e);
    }
  }
}
