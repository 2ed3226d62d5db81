package se.fuel.calls.domain;

import java.util.List;

import se.fuel.common.Violation;

/** A call distributes money: its budget is more than zero kronor. */
public final class BudgetPositive implements CallRule {

	@Override
	public List<Violation> check(CallInput c) {
		if (c.budget() == null || c.budget() > 0) {
			return List.of();
		}
		return List.of(new Violation("budget", "budget-positive",
				"Fältet ”Budget” måste vara större än 0 kronor."));
	}
}
