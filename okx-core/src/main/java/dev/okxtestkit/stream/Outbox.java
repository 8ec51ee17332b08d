package dev.okxtestkit.stream;

import dev.okxtestkit.control.PushRule;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
  private final Queue<String> afterAnswer = new ConcurrentLinkedQueue<>();
  private volatile boolean answering;
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
    } else if (answering) {
      afterAnswer.add(text);
    } else {
      sink.send(text);
    }
  }

  /** Runs the connection's trading op; the pushes it causes wait for {@link #sendAfterAnswer()}. */
  <T> T answering(Supplier<T> op) {
    answering = true;
    try {
      return op.get();
    } finally {
      answering = false;
    }
  }

  /** The pushes that waited for the op's answer, now that it is sent. */
  void sendAfterAnswer() {
    for (String push = afterAnswer.poll(); push != null; push = afterAnswer.poll()) {
      sink.send(push);
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
