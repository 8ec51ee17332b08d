package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * WireMock's request journal, bounded in entries and in bytes. Each request is kept as
 * {@link JournalEntries} makes it (secrets masked, bodies cut), and the oldest entries go when there are
 * more than {@code maxEntries} or their estimated size passes {@code maxBytes}. WireMock's own store only
 * counts entries, and counts them by walking all of them on every request. Newest first, like WireMock's.
 * Thread-safe.
 */
final class BoundedRequestJournalStore implements RequestJournalStore {

  private final int maxEntries;
  private final long maxBytes;
  private final Deque<UUID> newestFirst = new ConcurrentLinkedDeque<>();
  private final Map<UUID, JournalEntries.Kept> entries = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  BoundedRequestJournalStore(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  @Override
  public void add(ServeEvent event) {
    JournalEntries.Kept kept = JournalEntries.keep(event);
    JournalEntries.Kept previous = entries.put(event.getId(), kept);
    bytes.addAndGet(kept.bytes() - (previous == null ? 0 : previous.bytes()));
    if (previous == null) {
      newestFirst.addFirst(event.getId());
    }
    evictOldest();
  }

  /** The completed event: WireMock puts it after sending the answer, with the same request as added. */
  @Override
  public void put(UUID id, ServeEvent event) {
    entries.computeIfPresent(id, (key, previous) -> {
      JournalEntries.Kept kept = JournalEntries.keep(event, previous.event().getRequest());
      bytes.addAndGet(kept.bytes() - previous.bytes());
      return kept;
    });
    evictOldest();
  }

  @Override
  public void removeLast() {
    UUID oldest = newestFirst.pollLast();
    if (oldest != null) {
      forget(oldest);
    }
  }

  @Override
  public Stream<ServeEvent> getAll() {
    return newestFirst.stream().map(entries::get).filter(Objects::nonNull).map(JournalEntries.Kept::event);
  }

  @Override
  public Stream<UUID> getAllKeys() {
    return getAll().map(ServeEvent::getId);
  }

  @Override
  public Optional<ServeEvent> get(UUID id) {
    return Optional.ofNullable(entries.get(id)).map(JournalEntries.Kept::event);
  }

  @Override
  public void remove(UUID id) {
    newestFirst.remove(id);
    forget(id);
  }

  @Override
  public void clear() {
    newestFirst.clear();
    entries.clear();
    bytes.set(0);
  }

  /** The estimated size of what the journal holds. */
  long bytes() {
    return bytes.get();
  }

  private void forget(UUID id) {
    JournalEntries.Kept kept = entries.remove(id);
    if (kept != null) {
      bytes.addAndGet(-kept.bytes());
    }
  }

  /** Drops the oldest entries beyond the count or the bytes; the newest stays, however large. */
  private void evictOldest() {
    while (entries.size() > maxEntries || (bytes.get() > maxBytes && entries.size() > 1)) {
      UUID oldest = newestFirst.pollLast();
      if (oldest == null) {
        return;
      }
      forget(oldest);
    }
  }
}
