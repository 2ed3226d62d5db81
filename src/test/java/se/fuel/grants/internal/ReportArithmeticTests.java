package se.fuel.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.grants.OutcomeCount;
import se.fuel.grants.ReportInput;
import se.fuel.grants.ReportLine;
import se.fuel.grants.ReportTotals;

class ReportArithmeticTests {

	static ReportInput report(List<ReportLine> lines, List<OutcomeCount> outcomes) {
		return new ReportInput("x", 1L, 1L, 0L, lines, outcomes, "x", false, null, "x");
	}

	@Test
	void the_unused_remainder_is_granted_minus_spent_over_every_line() {
		ReportTotals totals = ReportArithmetic.totals(report(List.of(new ReportLine("Lön", 300_000L, 280_000L),
				new ReportLine("Utbildning", 100_000L, 80_000L)), List.of()));
		assertThat(totals.granted()).isEqualTo(400_000);
		assertThat(totals.actual()).isEqualTo(360_000);
		assertThat(totals.remainder()).isEqualTo(40_000);
	}

	@Test
	void an_overspent_report_has_no_remainder_rather_than_a_negative_one() {
		ReportTotals totals = ReportArithmetic.totals(report(List.of(new ReportLine("Lön", 100_000L, 120_000L)), List.of()));
		assertThat(totals.remainder()).isZero();
	}

	@Test
	void missing_amounts_and_counts_count_as_nothing() {
		ReportTotals totals = ReportArithmetic.totals(report(List.of(new ReportLine("Lön", 50_000L, null)),
				List.of(new OutcomeCount("arbete", null, 2L, null))));
		assertThat(totals.remainder()).isEqualTo(50_000);
		assertThat(totals.outcomes()).isEqualTo(2);
	}

	@Test
	void outcomes_are_summed_per_gender_and_per_category() {
		ReportTotals totals = ReportArithmetic.totals(report(List.of(),
				List.of(new OutcomeCount("arbete", 10L, 15L, 0L), new OutcomeCount("ej-horts-av", 9L, 8L, 2L),
						new OutcomeCount("flyttat", 3L, 3L, 0L))));
		assertThat(totals.women()).isEqualTo(22);
		assertThat(totals.men()).isEqualTo(26);
		assertThat(totals.other()).isEqualTo(2);
		assertThat(totals.outcomes()).isEqualTo(50);
		assertThat(totals.perCategory()).containsEntry("arbete", 25L).containsEntry("ej-horts-av", 19L).containsEntry("flyttat", 6L).hasSize(3);
	}

	@Test
	void no_lines_and_no_outcomes_sum_to_zero() {
		ReportTotals totals = ReportArithmetic.totals(new ReportInput(null, null, null, null, null, null, null, null,
				null, null));
		assertThat(totals.granted()).isZero();
		assertThat(totals.outcomes()).isZero();
		assertThat(totals.perCategory()).isEmpty();
	}
}
