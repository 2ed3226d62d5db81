package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A successor named must be in the register. */
final class SuccessorExists implements Rule<OrganisationCandidate> {

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		var successor = candidate.input().successorId();
		return successor != null && !candidate.exists(successor)
				? List.of(Violation.of("successorId", "exists", "organisations.rule.successor.exists"))
				: List.of();
	}
}
