package se.fuel.applications.eligibility;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.fuel.common.Violation;
import se.fuel.calls.CallView;

class PeriodWithinCallRulesTest {

	private final PeriodWithinCallRules policy = new PeriodWithinCallRules();

	private final CallView lum = CallBuilder.lum2024().build();

	private List<Violation> period(CallView call, LocalDate start, LocalDate end) {
		return policy.check(CandidateBuilder.to(call).period(start, end).build());
	}

	private static List<String> rules(List<Violation> findings) {
		return findings.stream().map(violation -> violation.rule()).toList();
	}

	@Test
	void accepts_a_period_inside_the_calls_year() {
		assertThat(period(lum, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 12, 31))).isEmpty();
	}

	@Test
	void accepts_the_whole_year_as_exactly_twelve_months() {
		assertThat(period(lum, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
	}

	@Test
	void accepts_a_period_of_one_day() {
		assertThat(period(lum, LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 10))).isEmpty();
	}

	@Test
	void refuses_a_missing_start_and_end_date() {
		List<Violation> findings = period(lum, null, null);

		assertThat(findings).extracting(violation -> violation.field()).containsExactly("startDate", "endDate");
		assertThat(rules(findings)).containsExactly("start-date-required", "end-date-required");
		assertThat(swedish(findings.get(0))).startsWith("Startdatum måste anges");
	}

	@Test
	void refuses_an_end_date_before_the_start_date() {
		assertThat(period(lum, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 31))).singleElement()
			.satisfies(violation -> {
				assertThat(violation.field()).isEqualTo("endDate");
				assertThat(violation.rule()).isEqualTo("end-not-before-start");
				assertThat(swedish(violation))
					.startsWith("Slutdatum (31 maj 2024) ligger före startdatum (1 juni 2024)");
			});
	}

	@Test
	void refuses_a_thirteen_month_period_when_the_call_allows_twelve() {
		// Thirteen months cannot fit in one calendar year, so the year rule is broken too: both are reported.
		List<Violation> findings = period(lum, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 31));

		assertThat(rules(findings)).containsExactly("period-within-call-year", "longest-period");
		assertThat(swedish(findings.get(1))).isEqualTo("Projektperioden (1 januari 2024 till 31 januari "
				+ "2025) är längre än utlysningens längsta projektperiod, 12 månader: slutdatum får vara senast "
				+ "31 december 2024.");
	}

	@Test
	void refuses_a_period_one_day_longer_than_the_longest_period() {
		CallView sixMonths = CallBuilder.lum2024().longestPeriodMonths(6).build();

		assertThat(period(sixMonths, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31))).isEmpty();
		assertThat(rules(period(sixMonths, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1))))
			.containsExactly("longest-period");
	}

	@Test
	void accepts_any_length_inside_the_year_when_the_call_sets_no_longest_period() {
		CallView unlimited = CallBuilder.lum2024().longestPeriodMonths(null).build();

		assertThat(period(unlimited, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
	}

	@Test
	void refuses_an_end_date_in_the_next_year_quoting_the_rule() {
		List<Violation> findings = period(lum, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 2, 28));

		assertThat(findings).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("endDate");
			assertThat(violation.rule()).isEqualTo("period-within-call-year");
			assertThat(swedish(violation)).isEqualTo("Slutdatum (28 februari 2025) ligger utanför "
					+ "utlysningens år 2024: medlen avser det år de beviljas och ansökan kan maximalt omfatta ett "
					+ "år.");
		});
	}

	@Test
	void refuses_a_period_wholly_in_the_next_year_on_both_dates() {
		List<Violation> findings = period(lum, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));

		assertThat(findings).extracting(violation -> violation.field())
			.containsExactly("startDate", "endDate");
		assertThat(rules(findings)).containsOnly("period-within-call-year");
	}

	@Test
	void refuses_a_start_date_in_the_year_before_the_call() {
		assertThat(rules(period(lum, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 6, 30))))
			.containsExactly("period-within-call-year");
	}
}
