package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * An organisation that was succeeded has ended: the day before its successor took over is its last day.
 */
final class SuccessorRequiresEndDate implements Rule<OrganisationCandidate> {

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		return candidate.input().successorId() != null && candidate.input().validTo() == null
				? List.of(Violation.of("validTo", "successor-requires-valid-to",
						"organisations.rule.successor.requiresEndDate"))
				: List.of();
	}
}
