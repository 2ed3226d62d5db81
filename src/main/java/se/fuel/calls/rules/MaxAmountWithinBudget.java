package se.fuel.calls.rules;

import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/** The cap per application is more than zero and no more than the call's whole budget. */
public final class MaxAmountWithinBudget implements Rule<CallInput> {

	@Override
	public List<Violation> check(CallInput c) {
		Long max = c.maxAmountPerApplication();
		if (max == null) {
			return List.of();
		}
		if (max <= 0) {
			return List.of(Violation.of("maxAmountPerApplication", "max-amount-positive",
					"calls.rule.maxAmountPositive"));
		}
		if (c.budget() != null && c.budget() > 0 && max > c.budget()) {
			return List.of(Violation.of("maxAmountPerApplication", "max-amount-within-budget",
					"calls.rule.maxAmountWithinBudget", SwedishFormat.kronor(c.budget())));
		}
		return List.of();
	}
}
