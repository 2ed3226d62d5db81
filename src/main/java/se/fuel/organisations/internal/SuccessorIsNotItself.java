package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * An organisation cannot merge into or be renamed to itself.
 */
final class SuccessorIsNotItself implements Rule<OrganisationCandidate> {

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		var successor = candidate.input().successorId();
		return successor != null && successor.equals(candidate.self())
				? List.of(Violation.of("successorId", "successor-not-itself", "organisations.rule.successor.notItself"))
				: List.of();
	}
}
