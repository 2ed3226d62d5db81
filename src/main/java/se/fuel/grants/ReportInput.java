package se.fuel.grants;

import java.util.List;

/**
 * A report as typed by the organisation: economy (budget lines) and implementation (what was done, participants and
 * outcomes by gender, experiences, implementation plan, proposals).
 */
public record ReportInput(String whatWasDone, Long participantsWomen, Long participantsMen, Long participantsOther,
		List<ReportLine> lines, List<OutcomeCount> outcomes, String experiences, Boolean implementationPlan,
		String implementationPlanHow, String proposals) {
}
