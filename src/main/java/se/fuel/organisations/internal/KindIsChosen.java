package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** Every organisation is a district, an administration, a unit or an external organisation. */
final class KindIsChosen implements Rule<OrganisationCandidate> {

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		return candidate.input().kind() == null
				? List.of(Violation.of("kind", "required", "organisations.rule.kind.required"))
				: List.of();
	}
}
