package dev.okxtestkit.auth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The most recent authentication failures, oldest first. Independent of WireMock's request journal,
 * so it works with {@code --no-request-journal}; bounded, so a long run cannot exhaust memory.
 * Thread-safe.
 */
public final class AuthFailureLog {

  /** Default number of failures kept. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final Deque<AuthFailure> failures = new ArrayDeque<>();

  public AuthFailureLog() {
    this(DEFAULT_CAPACITY);
  }

  public AuthFailureLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  synchronized void add(AuthFailure failure) {
    if (failures.size() == capacity) {
      failures.removeFirst();
    }
    failures.addLast(failure);
  }

  /** Every failure kept, oldest first. */
  public synchronized List<AuthFailure> all() {
    return List.copyOf(failures);
  }

  /** The failures of requests that named {@code apiKey}, oldest first. */
  public synchronized List<AuthFailure> forApiKey(String apiKey) {
    return failures.stream().filter(f -> f.apiKey().equals(apiKey)).toList();
  }

  public synchronized void clear() {
    failures.clear();
  }
}
