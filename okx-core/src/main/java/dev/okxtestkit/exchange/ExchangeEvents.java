package dev.okxtestkit.exchange;

/**
 * Told, once per exchange operation and under the exchange's lock, what the operation changed: the
 * WebSocket streams push from here. Reading the exchange from the callback is allowed (its lock is
 * reentrant); it must not block.
 */
@FunctionalInterface
public interface ExchangeEvents {

  ExchangeEvents NONE = changes -> { };

  void changed(Changes changes);
}
