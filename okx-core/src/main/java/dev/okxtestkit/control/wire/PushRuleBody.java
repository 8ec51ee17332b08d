package dev.okxtestkit.control.wire;

import dev.okxtestkit.control.OkxControlException;
import dev.okxtestkit.control.PushRule;
import java.time.Duration;
import java.util.List;

/**
 * {@code POST /__admin/okx/ws/pushes}: {@code {"channel":"orders","delayMillis":500}} holds each push back,
 * {@code {"channel":"orders","withhold":true}} drops them; {@code GET} lists the rules in this form.
 */
public record PushRuleBody(String channel, Long delayMillis, Boolean withhold) {

  public static PushRuleBody of(PushRule rule) {
    return new PushRuleBody(rule.channel(), rule.delay().map(Duration::toMillis).orElse(null),
        rule.delay().isEmpty() ? Boolean.TRUE : null);
  }

  /** The rule this body asks for; a refused body throws {@link OkxControlException} (400). */
  public PushRule toRule() {
    if (channel == null || channel.isEmpty()) {
      throw new OkxControlException("channel is required");
    }
    if ((delayMillis == null) == (withhold == null || !withhold)) {
      throw new OkxControlException("give either delayMillis or \"withhold\":true");
    }
    return delayMillis == null ? PushRule.withhold(channel) : PushRule.delay(channel, Duration.ofMillis(delayMillis));
  }

  /** {@code GET /__admin/okx/ws/pushes}: the rules in force. */
  public record Answer(List<PushRuleBody> rules) {

    public Answer {
      rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static Answer of(List<PushRule> rules) {
      return new Answer(rules.stream().map(PushRuleBody::of).toList());
    }
  }
}
