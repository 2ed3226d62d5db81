package se.fuel.calls.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** Every rule a call must meet before it is saved, checked together so the officer sees all problems at once. */
public final class CallRules {

	public static final List<Rule<CallInput>> ALL = List.of(new RequiredCallFields(), new PlausibleYear(),
			new ClosesAfterOpens(), new BudgetPositive(), new MaxAmountWithinBudget(), new GrantCapAtLeastOne(),
			new LongestPeriodWithinLimits(), new WordLimitsPositive(), new FollowUpDatesAfterClosing());

	private CallRules() {
	}

	public static List<Violation> check(CallInput call) {
		var found = new ArrayList<Violation>();
		for (Rule<CallInput> rule : ALL) {
			found.addAll(rule.check(call));
		}
		return found;
	}
}
