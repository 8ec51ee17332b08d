package dev.okxtestkit.stream;

import dev.okxtestkit.control.PushRule;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * When a connection's channel pushes go out: at once; after the answer to the connection's own trading op
 * (OKX answers the op first, then pushes what it did); after a {@link PushRule}'s delay; or never
 * (withheld). Events (acks, errors) do not pass through here: they go out at once.
 */
final class Outbox {

  /** Pushes held back per channel at most; beyond, they are lost as withheld ones are (bounded memory). */
  private static final int MAX_HELD_BACK = 10_000;

  private final StreamSink sink;
  private final StreamHub hub;
  /** Pushes waiting for the answer to the connection's trading op; guarded by {@code this}. */
  private final Queue<String> afterAnswer = new ArrayDeque<>();
  private boolean answering;
  /** Pushes a delay rule holds back, per channel, oldest first. */
  private final Map<String, Deque<DuePush>> heldBack = new ConcurrentHashMap<>();

  Outbox(StreamSink sink, StreamHub hub) {
    this.sink = sink;
    this.hub = hub;
  }

  void push(String channel, String text) {
    Optional<PushRule> rule = hub.pushRule(channel);
    if (rule.isPresent()) {
      rule.get().delay().ifPresent(delay -> holdBack(channel, text, delay));
      return;
    }
    // Under the lock, so a push from another thread (the throttled-tickers tick, another connection's
    // trade) can neither slip past the op's answer nor be left queued after the answer went out.
    synchronized (this) {
      if (answering) {
        afterAnswer.add(text);
      } else {
        sink.send(text);
      }
    }
  }

  /**
   * Runs the connection's trading op and sends its answer; the pushes the op causes, and any other push
   * meanwhile, go out after the answer. One op per connection at a time (frames are handled in order).
   */
  <T> void answer(Supplier<T> op, Consumer<T> sendAnswer) {
    synchronized (this) {
      answering = true;
    }
    try {
      sendAnswer.accept(op.get()); // not under the lock: the op pushes to other connections' outboxes
    } finally {
      synchronized (this) {
        for (String push = afterAnswer.poll(); push != null; push = afterAnswer.poll()) {
          sink.send(push);
        }
        answering = false;
      }
    }
  }

  /** Sends what is held back and due by {@code now}, each channel in its order. */
  void sendDue(long now) {
    for (Deque<DuePush> queue : heldBack.values()) {
      synchronized (queue) {
        while (!queue.isEmpty() && queue.peekFirst().dueNanos() - now <= 0) {
          sink.send(queue.pollFirst().text());
        }
      }
    }
  }

  private void holdBack(String channel, String text, Duration delay) {
    Deque<DuePush> queue = heldBack.computeIfAbsent(channel, c -> new ArrayDeque<>());
    synchronized (queue) {
      if (queue.size() < MAX_HELD_BACK) {
        queue.addLast(new DuePush(hub.now() + delay.toNanos(), text));
      }
    }
  }

  private record DuePush(long dueNanos, String text) {}
}
