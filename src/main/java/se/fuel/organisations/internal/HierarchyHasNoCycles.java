package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * A unit belongs to an organisation above it, never to itself or to one of its own units.
 */
final class HierarchyHasNoCycles implements Rule<OrganisationCandidate> {

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		var parent = candidate.input().parentId();
		if (parent == null) {
			return List.of();
		}
		if (parent.equals(candidate.self()) || Chain.from(parent, candidate.self(), candidate.parents()).isPresent()) {
			return List.of(Violation.of("parentId", "hierarchy-no-cycle", "organisations.rule.hierarchyNoCycle"));
		}
		return List.of();
	}
}
