package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A successor and the kind of succession (merged into, renamed to) are given together or not at all. */
final class SuccessionIsComplete implements Rule<OrganisationCandidate> {

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		var input = candidate.input();
		if (input.successorId() != null && input.succession() == null) {
			return List.of(Violation.of("succession", "required-with-successor",
					"organisations.rule.succession.requiredWithSuccessor"));
		}
		if (input.successorId() == null && input.succession() != null) {
			return List.of(Violation.of("successorId", "required-with-succession",
					"organisations.rule.successor.requiredWithSuccession"));
		}
		return List.of();
	}
}
