package se.fuel.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.fuel.applications.ApplicationContent.Line;

class ReportFormTests {

	private static final List<Line> BUDGET = List.of(new Line("Lön", 250_000), new Line("Utbildning", 50_000));

	@Test
	void anUnsavedReportStartsFromTheApplicationsBudgetLinesWithTheirAmountsAsGrantedWhenAllWasGranted() {
		Map<String, String> values = new HashMap<>();
		assertThat(ReportForm.startFrom(values, BUDGET, 300_000)).isEqualTo(2);
		assertThat(values).containsEntry("lines-0-description", "Lön").containsEntry("lines-0-granted", "250000")
			.containsEntry("lines-1-description", "Utbildning").containsEntry("lines-1-granted", "50000")
			.containsEntry("lines-0-actual", "").containsEntry("lines-1-actual", "");
	}

	@Test
	void aPartlyGrantedBudgetGivesTheLinesButLeavesTheirGrantedAmountsToTheOrganisation() {
		Map<String, String> values = new HashMap<>();
		ReportForm.startFrom(values, BUDGET, 200_000);
		assertThat(values).containsEntry("lines-0-description", "Lön").containsEntry("lines-0-granted", "")
			.containsEntry("lines-1-granted", "");
	}

	@Test
	void emptyParticipantCountsStartAtZeroSoAnnatKonNeedNotBeTyped() {
		Map<String, String> values = new HashMap<>(Map.of("participantsWomen", "", "participantsMen", "4"));
		ReportForm.startFrom(values, List.of(), 0);
		assertThat(values).containsEntry("participantsWomen", "0").containsEntry("participantsMen", "4")
			.containsEntry("participantsOther", "0");
	}

	@Test
	void aGrantWithoutAnApplicationBudgetStartsWithNoLines() {
		assertThat(ReportForm.startFrom(new HashMap<>(), List.of(), 100_000)).isZero();
	}
}
