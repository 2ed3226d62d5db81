package se.fuel.decisions;

import java.util.List;

import se.fuel.common.Violation;

/**
 * A year's allocation (fördelning) across its calls, LUM and MUL together, as the officer's workbench shows it.
 *
 * @param violations what stands in the way of finalising now (budget exceeded, cap exceeded, unassessed
 * applications), empty when it can be finalised
 * @param currentVersion the number of the current document version, null while none is
 */
public record AllocationView(int year, RoundStatus status, Integer currentVersion, List<AllocationLine> lines,
		List<ProgrammeTotal> programmes, List<OrganisationCount> organisations, List<Violation> violations) {

	public long total() {
		return programmes.stream().mapToLong(ProgrammeTotal::allocated).sum();
	}

	public boolean changeable() {
		return status != RoundStatus.DECIDED;
	}
}
