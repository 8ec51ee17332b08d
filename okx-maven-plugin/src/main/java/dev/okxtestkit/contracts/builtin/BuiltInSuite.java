package dev.okxtestkit.contracts.builtin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okxtestkit.contracts.check.Check;
import dev.okxtestkit.contracts.check.Tamper;
import dev.okxtestkit.contracts.spec.Contract;
import dev.okxtestkit.contracts.spec.ContractCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The OKX behaviour this project promises, as checks: every signing vector, the authentication
 * refusals, public, market and account reads (written as contracts in the users' own format), and a
 * trade round trip.
 */
public final class BuiltInSuite {

  static final String CONTRACTS = "/dev/okxtestkit/contracts/builtin-contracts.json";

  private BuiltInSuite() {}

  public static List<Check> checks() {
    List<Check> checks = new ArrayList<>();
    SigningVector.all().forEach(v -> checks.add(new SigningVectorCheck(v)));
    checks.add(new AuthNegativeCheck("bad-signature-is-50113", Tamper.BAD_SIGNATURE, "50113"));
    checks.add(new AuthNegativeCheck("stale-timestamp-is-50102", Tamper.STALE_TIMESTAMP, "50102"));
    checks.add(new AuthNegativeCheck("wrong-passphrase-is-50105", Tamper.WRONG_PASSPHRASE, "50105"));
    checks.add(new AuthNegativeCheck("demo-key-without-demo-header-is-50101", Tamper.NO_DEMO_HEADER, "50101"));
    for (Contract contract : contracts()) {
      checks.add(ContractCheck.of(groupOf(contract.request().path()), contract));
    }
    checks.add(new TradeRoundTripCheck());
    return List.copyOf(checks);
  }

  /** {@code builtin.public}, {@code builtin.market}, {@code builtin.account} or {@code builtin.trade}. */
  static String groupOf(String path) {
    String section = path.substring("/api/v5/".length(), path.indexOf('/', "/api/v5/".length()));
    return "builtin." + (section.equals("asset") ? "account" : section);
  }

  /** Bound without a run-time schema check: ContractSchemaTest checks this file against the schema. */
  private static List<Contract> contracts() {
    try (InputStream in = BuiltInSuite.class.getResourceAsStream(CONTRACTS)) {
      if (in == null) {
        throw new IllegalStateException(CONTRACTS + " is missing from the plugin jar");
      }
      return new ObjectMapper().readerForListOf(Contract.class).readValue(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
