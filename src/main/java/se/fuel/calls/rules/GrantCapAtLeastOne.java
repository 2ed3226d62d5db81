package se.fuel.calls.rules;

import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A cap on grants per organisation and year, when there is one, allows at least one grant. */
public final class GrantCapAtLeastOne implements Rule<CallInput> {

	@Override
	public List<Violation> check(CallInput c) {
		if (c.maxGrantsPerOrganisation() == null || c.maxGrantsPerOrganisation() >= 1) {
			return List.of();
		}
		return List.of(Violation.of("maxGrantsPerOrganisation", "grant-cap-at-least-one",
				"calls.rule.grantCapAtLeastOne"));
	}
}
