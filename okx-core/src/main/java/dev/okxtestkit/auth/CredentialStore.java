package dev.okxtestkit.auth;

import dev.okxtestkit.signing.OkxCredentials;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The API keys the simulator knows, by API key. Thread-safe. */
public final class CredentialStore {

  private final ConcurrentMap<String, OkxCredentials> byApiKey = new ConcurrentHashMap<>();

  /** Adds or replaces the key. */
  public void put(OkxCredentials credentials) {
    byApiKey.put(credentials.apiKey(), credentials);
  }

  public Optional<OkxCredentials> find(String apiKey) {
    return apiKey == null ? Optional.empty() : Optional.ofNullable(byApiKey.get(apiKey));
  }

  public boolean remove(String apiKey) {
    return byApiKey.remove(apiKey) != null;
  }

  public Collection<OkxCredentials> all() {
    return List.copyOf(byApiKey.values());
  }
}
