package se.fuel.calls.domain;

import java.util.List;

import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/** The cap per application is more than zero and no more than the call's whole budget. */
public final class MaxAmountWithinBudget implements CallRule {

	@Override
	public List<Violation> check(CallInput c) {
		Long max = c.maxAmountPerApplication();
		if (max == null) {
			return List.of();
		}
		if (max <= 0) {
			return List.of(new Violation("maxAmountPerApplication", "max-amount-positive",
					"Fältet ”Högsta belopp per ansökan” måste vara större än 0 kronor."));
		}
		if (c.budget() != null && c.budget() > 0 && max > c.budget()) {
			return List.of(new Violation("maxAmountPerApplication", "max-amount-within-budget",
					"Fältet ”Högsta belopp per ansökan” får inte vara större än budgeten ("
							+ SwedishFormat.kronor(c.budget()) + ")."));
		}
		return List.of();
	}
}
