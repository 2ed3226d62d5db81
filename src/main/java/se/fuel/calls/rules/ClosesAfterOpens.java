package se.fuel.calls.rules;

import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A call closes after it opens. */
public final class ClosesAfterOpens implements Rule<CallInput> {

	@Override
	public List<Violation> check(CallInput c) {
		if (c.opensAt() == null || c.closesAt() == null || c.closesAt().isAfter(c.opensAt())) {
			return List.of();
		}
		return List.of(Violation.of("closesAt", "closes-after-opens", "calls.rule.closesAfterOpens"));
	}
}
