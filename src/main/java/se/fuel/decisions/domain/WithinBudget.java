package se.fuel.decisions.domain;

import java.util.Optional;

import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.decisions.ProgrammeTotal;

/** The proposed grants of a call may not together exceed the call's budget (DESIGN.md step 6). */
public final class WithinBudget {

	private WithinBudget() {
	}

	public static Optional<Violation> check(ProgrammeTotal total) {
		if (!total.overBudget()) {
			return Optional.empty();
		}
		return Optional.of(new Violation("total-" + total.callId(), "within-budget",
				"Fördelningen för " + total.callTitle() + " är " + SwedishFormat.kronor(total.allocated()) + ", "
						+ SwedishFormat.kronor(-total.remaining()) + " över budgeten på "
						+ SwedishFormat.kronor(total.budget()) + "."));
	}
}
