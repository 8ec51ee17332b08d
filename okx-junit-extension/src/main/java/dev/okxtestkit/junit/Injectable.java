package dev.okxtestkit.junit;

import dev.okxtestkit.OkxSimulation;
import dev.okxtestkit.clock.SimulatorClock;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.wiremock.OkxSimulatorServer;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the extension injects, and how a parameter or field says which one it wants. */
enum Injectable {
  CREDENTIALS(null, Set.of(OkxCredentials.class)),
  HANDLE(null, Set.of(OkxSimulatorHandle.class)),
  API_KEY(OkxApiKey.class, Set.of(String.class)),
  SECRET_KEY(OkxSecretKey.class, Set.of(String.class)),
  PASSPHRASE(OkxPassphrase.class, Set.of(String.class)),
  BASE_URL(OkxBaseUrl.class, Set.of(String.class, URI.class)),
  WS_URL(OkxWsUrl.class, Set.of(String.class, URI.class));

  private static final List<Class<? extends Annotation>> QUALIFIERS =
      List.of(OkxApiKey.class, OkxSecretKey.class, OkxPassphrase.class, OkxBaseUrl.class, OkxWsUrl.class);

  /** Our own types that a user might expect to get; each gets a hint instead of JUnit's generic error. */
  private static final Set<Class<?>> NOT_INJECTED = Set.of(
      OkxSimulatorServer.class, OkxSimulation.class, SimulatorClock.class, OkxSimulatorExtension.class);

  private final Class<? extends Annotation> qualifier;
  private final Set<Class<?>> types;

  Injectable(Class<? extends Annotation> qualifier, Set<Class<?>> types) {
    this.qualifier = qualifier;
    this.types = types;
  }

  /** The value for a parameter or field of {@code type}. */
  Object valueFrom(OkxSimulatorHandle handle, Class<?> type) {
    return switch (this) {
      case CREDENTIALS -> handle.credentials();
      case HANDLE -> handle;
      case API_KEY -> handle.credentials().apiKey();
      case SECRET_KEY -> handle.credentials().secretKey();
      case PASSPHRASE -> handle.credentials().passphrase();
      case BASE_URL -> type == URI.class ? handle.baseUri() : handle.baseUrl();
      case WS_URL -> type == URI.class ? URI.create(handle.wsUrl()) : handle.wsUrl();
    };
  }

  /**
   * What a parameter or field asks for.
   *
   * @param what e.g. {@code parameter [String key] of method foo()}, for messages
   * @param type its declared type
   * @param annotated whether it carries an annotation
   * @param requireMarker whether {@link OkxCredentials}/{@link OkxSimulatorHandle} need {@link
   *     OkxInject} (fields do, parameters do not)
   * @param misuse makes the exception for a misuse message
   * @return empty when the target is not the extension's
   */
  static Optional<Injectable> of(
      String what,
      Class<?> type,
      Predicate<Class<? extends Annotation>> annotated,
      boolean requireMarker,
      Function<String, RuntimeException> misuse) {
    List<Class<? extends Annotation>> qualifiers = QUALIFIERS.stream().filter(annotated).toList();
    boolean marked = annotated.test(OkxInject.class);
    if (qualifiers.size() > 1 || (marked && !qualifiers.isEmpty())) {
      List<String> names = qualifiers.stream()
          .map(q -> "@" + q.getSimpleName())
          .collect(Collectors.toCollection(ArrayList::new));
      if (marked) {
        names.add(0, "@OkxInject");
      }
      throw misuse.apply(what + " has " + String.join(" and ", names)
          + "; they ask for different values, so keep exactly one.");
    }
    if (!qualifiers.isEmpty()) {
      Injectable wanted = forQualifier(qualifiers.get(0));
      if (!wanted.types.contains(type)) {
        throw misuse.apply(what + " has type " + type.getName() + ", but @"
            + qualifiers.get(0).getSimpleName() + " injects a " + wanted.typeNames() + ".");
      }
      return Optional.of(wanted);
    }
    Optional<Injectable> byType = forType(type);
    if (marked && byType.isEmpty()) {
      throw misuse.apply(what + " has type " + type.getName() + ", but @OkxInject injects an "
          + "OkxCredentials or an OkxSimulatorHandle; for the strings use @OkxApiKey, @OkxSecretKey, "
          + "@OkxPassphrase, @OkxBaseUrl or @OkxWsUrl.");
    }
    if (byType.isPresent()) {
      return marked || !requireMarker ? byType : Optional.empty();
    }
    if (NOT_INJECTED.contains(type) && !requireMarker) {
      throw misuse.apply(what + " has type " + type.getSimpleName() + ", which @OkxSimulator does not "
          + "inject. Inject an OkxSimulatorHandle instead: it has server(), wireMock(), the clock "
          + "and this test's account.");
    }
    return Optional.empty();
  }

  private static Injectable forQualifier(Class<? extends Annotation> qualifier) {
    for (Injectable i : values()) {
      if (i.qualifier == qualifier) {
        return i;
      }
    }
    throw new IllegalStateException("no injectable for " + qualifier);
  }

  private static Optional<Injectable> forType(Class<?> type) {
    if (type == OkxCredentials.class) {
      return Optional.of(CREDENTIALS);
    }
    return type == OkxSimulatorHandle.class ? Optional.of(HANDLE) : Optional.empty();
  }

  private String typeNames() {
    return types.stream().map(Class::getName).sorted().collect(Collectors.joining(" or "));
  }
}
