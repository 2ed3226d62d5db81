package se.fuel.calls.rules;

import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A call distributes money: its budget is more than zero kronor. */
public final class BudgetPositive implements Rule<CallInput> {

	@Override
	public List<Violation> check(CallInput c) {
		if (c.budget() == null || c.budget() > 0) {
			return List.of();
		}
		return List.of(Violation.of("budget", "budget-positive", "calls.rule.budgetPositive"));
	}
}
