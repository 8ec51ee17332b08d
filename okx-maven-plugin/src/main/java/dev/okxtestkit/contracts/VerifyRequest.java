package dev.okxtestkit.contracts;

import dev.okxtestkit.contracts.check.Check;
import dev.okxtestkit.contracts.credentials.ServerCredentials;
import dev.okxtestkit.contracts.signer.LoadedSigner;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code okx:verify}, as plain values. {@link #toString()} leaves out the environment and the
 * server, which hold secrets.
 *
 * @param target where to run
 * @param url the base URL for {@code sandbox} (default {@link Target#OKX_BASE_URL}) and {@code url}
 * @param liveRequested whether the configuration asks for live trading, which is always refused
 * @param server the decrypted settings.xml server, if one with the configured id exists
 * @param serverId the configured server id, for messages
 * @param environment the process environment (OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE)
 * @param signer the signer under test
 * @param checks the checks to run, built-in and the user's
 * @param tradeChecks whether checks may place orders; empty = only on the embedded simulator
 * @param tradeInstId the spot instrument of the trade check
 * @param compare whether to run the checks on the embedded simulator too and report the drift
 * @param timeout per HTTP request
 */
public record VerifyRequest(
    Target target,
    Optional<String> url,
    boolean liveRequested,
    Optional<ServerCredentials> server,
    String serverId,
    Map<String, String> environment,
    LoadedSigner signer,
    List<Check> checks,
    Optional<Boolean> tradeChecks,
    String tradeInstId,
    boolean compare,
    Duration timeout) {

  public VerifyRequest {
    environment = Map.copyOf(environment);
    checks = List.copyOf(checks);
  }

  @Override
  public String toString() {
    return "VerifyRequest[target=" + target + ", url=" + url + ", serverId=" + serverId + ", signer="
        + signer.name() + ", checks=" + checks.size() + ", tradeChecks=" + tradeChecks + ", compare=" + compare
        + "]";
  }
}
