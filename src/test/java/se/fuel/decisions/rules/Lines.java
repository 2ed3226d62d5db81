package se.fuel.decisions.rules;

import java.util.UUID;

import se.fuel.assessment.Recommendation;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.ProgrammeTotal;

/** Lines and totals of a 2027 allocation, made up for the rules' tests. */
final class Lines {

	private Lines() {
	}

	static ProgrammeTotal lum(long budget, long allocated) {
		return new ProgrammeTotal(UUID.randomUUID(), "LUM", "Lokala utvecklingsmedel", "Lokala utvecklingsmedel 2027",
				budget, 6_000_000, allocated, 10, 6);
	}

	static AllocationLine line(Recommendation recommendation, long amount, long requested) {
		return new AllocationLine(UUID.randomUUID(), UUID.randomUUID(), "LUM", "FoU 2027/0007", "Lots",
				UUID.randomUUID(), "Farsta", requested, recommendation, amount,
				Outcome.of(recommendation, amount, requested), null, "", false, 0);
	}
}
