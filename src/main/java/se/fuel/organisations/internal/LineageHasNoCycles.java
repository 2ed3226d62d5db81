package se.fuel.organisations.internal;

import java.util.List;
import java.util.stream.Collectors;

import se.fuel.common.Rule;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/**
 * An organisation cannot, through its chain of successors, end up succeeding itself: lineage runs one way in time.
 */
final class LineageHasNoCycles implements Rule<OrganisationCandidate> {

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		var successor = candidate.input().successorId();
		if (successor == null || successor.equals(candidate.self())) {
			return List.of();
		}
		var names = candidate.names();
		return Chain.from(successor, candidate.self(), candidate.successors())
			.map(path -> List.of(Violation.of("successorId", "lineage-no-cycle", "organisations.rule.lineageNoCycle",
					names.containsKey(successor) ? names.get(successor)
							: Text.of("organisations.rule.lineageNoCycle.chosen"),
					path.stream().map(id -> names.getOrDefault(id, "?")).collect(Collectors.joining(" → ")))))
			.orElse(List.of());
	}
}
