package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.organisations.OrganisationKind;

/** A parent named must be in the register, and a unit always has one: the administration it belongs to. */
final class UnitHasAnExistingParent implements Rule<OrganisationCandidate> {

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		var input = candidate.input();
		if (input.parentId() != null && !candidate.exists(input.parentId())) {
			return List.of(Violation.of("parentId", "exists", "organisations.rule.parent.exists"));
		}
		if (input.kind() == OrganisationKind.UNIT && input.parentId() == null) {
			return List.of(Violation.of("parentId", "required-for-unit", "organisations.rule.parent.requiredForUnit"));
		}
		return List.of();
	}
}
