package se.fuel.decisions.rules;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.DecisionOutcome;

/**
 * A proposed amount is at least 1 krona and at most what was applied for; rejecting goes through the assessment,
 * since a rejection needs a reason.
 */
public final class AmountWithinRequested implements Rule<AmountWithinRequested.Change> {

	/** The officer's new {@code amount} for a line of the workbench. */
	public record Change(AllocationLine line, long amount) {
	}

	@Override
	public List<Violation> check(Change change) {
		AllocationLine line = change.line();
		String field = "amount-" + line.applicationId();
		if (line.recommendation() == null) {
			return List.of(Violation.of(field, "assessed", "decisions.rule.amountNotAssessed",
					line.registrationNumber()));
		}
		if (line.outcome() == DecisionOutcome.REJECTED) {
			return List.of(Violation.of(field, "not-rejected", "decisions.rule.amountRejected",
					line.registrationNumber()));
		}
		if (change.amount() < 1 || change.amount() > line.requestedAmount()) {
			return List.of(Violation.of(field, "range", "decisions.rule.amountRange", line.registrationNumber(),
					SwedishFormat.kronor(line.requestedAmount())));
		}
		return List.of();
	}
}
