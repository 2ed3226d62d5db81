package se.fuel.decisions.rules;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * An attestant attests a version once, and only the current one: a version superseded by a change of the allocation
 * must be finalised and attested anew.
 */
public final class AttestedOnceOnTheCurrentVersion implements Rule<AttestedOnceOnTheCurrentVersion.Attesting> {

	/**
	 * @param current whether the version is the year's current one
	 * @param pending whether the attestant's request is neither attested nor voided
	 */
	public record Attesting(boolean current, boolean pending) {
	}

	@Override
	public List<Violation> check(Attesting attesting) {
		if (attesting.current() && attesting.pending()) {
			return List.of();
		}
		return List.of(Violation.of("document", "pending", "decisions.rule.notAwaitingYou"));
	}
}
