package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * An organisation ends on or after the day it starts.
 */
final class PeriodIsOrdered implements Rule<OrganisationCandidate> {

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		var from = candidate.input().validFrom();
		var to = candidate.input().validTo();
		return from != null && to != null && to.isBefore(from)
				? List.of(Violation.of("validTo", "valid-to-not-before-valid-from", "organisations.rule.periodOrdered",
						to.toString(), from.toString()))
				: List.of();
	}
}
