package se.fuel.decisions.rules;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.decisions.RoundStatus;

/**
 * What a year's round allows in each {@link RoundStatus}: amounts and texts change until the committee has decided
 * (a change after finalising makes a new document version), and a round is finalised only from
 * {@link RoundStatus#OPEN}, so that each version is finalised once.
 */
public final class RoundStatusAllows implements Rule<RoundStatusAllows.Step> {

	/** What the officer wants to do with the round. */
	public enum Action {
		CHANGE, FINALISE
	}

	/** {@code action} on the round of {@code year} standing at {@code status}. */
	public record Step(int year, RoundStatus status, Action action) {
	}

	@Override
	public List<Violation> check(Step step) {
		String year = Integer.toString(step.year());
		if (step.action() == Action.CHANGE && step.status() == RoundStatus.DECIDED) {
			return List.of(Violation.of("year", "decided", "decisions.rule.decided", year));
		}
		if (step.action() == Action.FINALISE && step.status() != RoundStatus.OPEN) {
			return List.of(Violation.of("year", "open", "decisions.rule.alreadyFinalised", year,
					Text.of("decisions.roundStatus.inSentence." + step.status().name())));
		}
		return List.of();
	}
}
