package dev.okxtestkit.contracts.builtin;

import dev.okxtestkit.contracts.check.ApiCall;
import dev.okxtestkit.contracts.check.Check;
import dev.okxtestkit.contracts.check.CheckContext;
import dev.okxtestkit.contracts.check.Expectation;
import dev.okxtestkit.contracts.check.FailureMessage;
import dev.okxtestkit.contracts.check.Outcome;
import dev.okxtestkit.contracts.check.Tamper;

/** A private read with one deliberate authentication fault must get OKX's refusal for it. */
final class AuthNegativeCheck implements Check {

  /** Read-only, so a refusal that did not happen changes nothing. */
  static final String TARGET = "/api/v5/account/balance?ccy=USDT";

  private final String name;
  private final Tamper tamper;
  private final Expectation expected;

  AuthNegativeCheck(String name, Tamper tamper, String code) {
    this.name = name;
    this.tamper = tamper;
    this.expected = Expectation.error(401, code);
  }

  @Override
  public String group() {
    return "builtin.auth";
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Outcome run(CheckContext context) {
    if (tamper == Tamper.NO_DEMO_HEADER && context.profile().demoHeaderEnforced()) {
      return Outcome.skipped("this target always sends x-simulated-trading: 1, so a request without it"
          + " is never made");
    }
    ApiCall call = ApiCall.privateGet(TARGET).tampered(tamper);
    return FailureMessage.verify(call, expected, context.call("request", call));
  }
}
