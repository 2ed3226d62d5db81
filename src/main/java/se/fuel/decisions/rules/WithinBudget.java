package se.fuel.decisions.rules;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.decisions.ProgrammeTotal;

/** The proposed grants of a call may not together exceed the call's budget. */
public final class WithinBudget implements Rule<ProgrammeTotal> {

	@Override
	public List<Violation> check(ProgrammeTotal total) {
		if (!total.overBudget()) {
			return List.of();
		}
		return List.of(Violation.of("total-" + total.callId(), "within-budget", "decisions.rule.overBudget",
				total.callTitle(), SwedishFormat.kronor(total.allocated()), SwedishFormat.kronor(-total.remaining()),
				SwedishFormat.kronor(total.budget())));
	}
}
