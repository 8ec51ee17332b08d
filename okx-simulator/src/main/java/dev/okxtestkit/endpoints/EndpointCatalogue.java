package dev.okxtestkit.endpoints;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every endpoint the simulator serves, looked up by path. Immutable. */
public final class EndpointCatalogue {

  /** Prefix of every OKX REST path. */
  public static final String API_PREFIX = "/api/v5/";

  private final Map<String, Endpoint> byPath;

  public EndpointCatalogue(List<Endpoint> endpoints) {
    this.byPath = endpoints.stream().collect(Collectors.toUnmodifiableMap(Endpoint::path, Function.identity()));
  }

  public Optional<Endpoint> find(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  public List<Endpoint> all() {
    return byPath.values().stream().sorted((a, b) -> a.path().compareTo(b.path())).toList();
  }

  /** Whether OKX treats the path as private: everything under /api/v5 except public/ and market/. */
  public static boolean isPrivatePath(String path) {
    return path.startsWith(API_PREFIX)
        && !path.startsWith(API_PREFIX + "public/")
        && !path.startsWith(API_PREFIX + "market/");
  }
}
