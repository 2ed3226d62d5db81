package se.fuel.decisions;

import java.util.UUID;

/** A call's live totals on the workbench against its budget. */
public record ProgrammeTotal(UUID callId, String programmeCode, String programmeName, String callTitle, long budget,
		long requested, long allocated, int applications, int granted) {

	public boolean overBudget() {
		return allocated > budget;
	}

	public long remaining() {
		return budget - allocated;
	}
}
