package dev.okxtestkit.contracts.http;

import dev.okxtestkit.signing.OkxHeaders;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts {@code x-simulated-trading: 1} on every request, whatever the check asked for. OKX's demo and
 * live trading share one host and differ only by this header, so the sandbox target guarantees it in
 * this one place rather than trusting each check.
 */
public final class DemoTradingTransport implements OkxTransport {

  private final OkxTransport delegate;

  public DemoTradingTransport(OkxTransport delegate) {
    this.delegate = delegate;
  }

  @Override
  public HttpAnswer send(HttpCall call) {
    Map<String, String> headers = new LinkedHashMap<>();
    call.headers().forEach((name, value) -> {
      if (!name.equalsIgnoreCase(OkxHeaders.SIMULATED_TRADING)) {
        headers.put(name, value);
      }
    });
    headers.put(OkxHeaders.SIMULATED_TRADING, "1");
    return delegate.send(new HttpCall(call.method(), call.target(), call.body(), headers));
  }
}
