package dev.okxtestkit.contracts.spec;

import dev.okxtestkit.contracts.check.ApiCall;
import dev.okxtestkit.contracts.check.Check;
import dev.okxtestkit.contracts.check.CheckContext;
import dev.okxtestkit.contracts.check.FailureMessage;
import dev.okxtestkit.contracts.check.Outcome;
import dev.okxtestkit.contracts.check.TradeGatedCheck;

/** Runs one contract: send the request (signed by the signer under test), compare the answer. */
public final class ContractCheck implements Check {

  private final String group;
  private final Contract contract;

  private ContractCheck(String group, Contract contract) {
    this.group = group;
    this.contract = contract;
  }

  /** The contract's check; one that writes to the trade API runs only where trade checks are enabled. */
  public static Check of(String group, Contract contract) {
    Check check = new ContractCheck(group, contract);
    return TradeGatedCheck.isTradeWrite(contract.request().method(), contract.request().path())
        ? new TradeGatedCheck(check) : check;
  }

  @Override
  public String group() {
    return group;
  }

  @Override
  public String name() {
    return contract.name();
  }

  @Override
  public Outcome run(CheckContext context) {
    ApiCall call = contract.request().toCall();
    return FailureMessage.verify(call, contract.expect(), context.call("request", call));
  }
}
