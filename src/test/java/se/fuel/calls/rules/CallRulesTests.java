package se.fuel.calls.rules;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.fuel.calls.ApplicationSection;
import se.fuel.common.Violation;

class CallRulesTests {

	@Test
	void a_complete_call_breaks_no_rule() {
		assertThat(CallRules.check(CallInputs.valid())).isEmpty();
	}

	@Test
	void every_broken_rule_is_reported_at_once() {
		var call = CallInputs.with(b -> b.budget(0L).year(20271).title(" "));
		assertThat(CallRules.check(call)).extracting(Violation::rule)
			.contains("budget-positive", "plausible-year", "required");
	}

	@Nested
	class RequiredCallFieldsTests {

		RequiredCallFields rule = new RequiredCallFields();

		@Test
		void refuses_a_call_without_title_naming_the_field_in_swedish() {
			var found = rule.check(CallInputs.with(b -> b.title("  ")));
			assertThat(found).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("title");
				assertThat(swedish(v)).contains("”Rubrik”").contains("måste fyllas i");
			});
		}

		@Test
		void refuses_a_call_without_any_main_criterion() {
			var found = rule.check(CallInputs.with(b -> b.mainCriteria(List.of("", "  "))));
			assertThat(found).extracting(Violation::field).containsExactly("mainCriteria");
		}

		@Test
		void refuses_a_call_without_programme_budget_window_or_cap() {
			var found = rule.check(CallInputs.with(b -> b.programme(null).budget(null).window(null, null).maxAmount(null)));
			assertThat(found).extracting(Violation::field)
				.containsExactly("programmeCode", "budget", "opensAt", "closesAt", "maxAmountPerApplication");
		}
	}

	@Nested
	class PlausibleYearTests {

		PlausibleYear rule = new PlausibleYear();

		@Test
		void refuses_a_mistyped_year() {
			assertThat(rule.check(CallInputs.with(b -> b.year(207)))).singleElement()
				.satisfies(v -> assertThat(swedish(v)).contains("”År”").contains("1990"));
		}

		@Test
		void accepts_the_years_of_the_documents() {
			assertThat(rule.check(CallInputs.with(b -> b.year(2002)))).isEmpty();
			assertThat(rule.check(CallInputs.with(b -> b.year(2024)))).isEmpty();
		}
	}

	@Nested
	class ClosesAfterOpensTests {

		ClosesAfterOpens rule = new ClosesAfterOpens();

		@Test
		void refuses_a_call_that_closes_before_it_opens() {
			var found = rule.check(CallInputs.with(
					b -> b.window(Instant.parse("2027-03-31T10:00:00Z"), Instant.parse("2027-03-01T10:00:00Z"))));
			assertThat(found).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("closesAt");
				assertThat(swedish(v)).contains("”Stänger”").contains("”Öppnar”");
			});
		}

		@Test
		void refuses_a_call_that_closes_the_moment_it_opens() {
			Instant t = Instant.parse("2027-03-01T10:00:00Z");
			assertThat(rule.check(CallInputs.with(b -> b.window(t, t)))).hasSize(1);
		}
	}

	@Nested
	class BudgetPositiveTests {

		BudgetPositive rule = new BudgetPositive();

		@Test
		void refuses_a_budget_of_zero_kronor() {
			assertThat(rule.check(CallInputs.with(b -> b.budget(0L)))).singleElement()
				.satisfies(v -> assertThat(swedish(v)).contains("”Budget”").contains("större än 0"));
		}

		@Test
		void accepts_the_2024_lum_budget() {
			assertThat(rule.check(CallInputs.with(b -> b.budget(3_000_000L)))).isEmpty();
		}
	}

	@Nested
	class MaxAmountWithinBudgetTests {

		MaxAmountWithinBudget rule = new MaxAmountWithinBudget();

		@Test
		void refuses_a_cap_per_application_above_the_budget() {
			var found = rule.check(CallInputs.with(b -> b.budget(500_000L).maxAmount(750_000L)));
			assertThat(found).singleElement().satisfies(v -> {
				assertThat(v.rule()).isEqualTo("max-amount-within-budget");
				assertThat(swedish(v)).contains("”Högsta belopp per ansökan”").contains("500\u00A0000");
			});
		}

		@Test
		void refuses_a_cap_of_zero() {
			assertThat(rule.check(CallInputs.with(b -> b.maxAmount(0L)))).extracting(Violation::rule)
				.containsExactly("max-amount-positive");
		}

		@Test
		void accepts_a_cap_equal_to_the_budget() {
			assertThat(rule.check(CallInputs.with(b -> b.budget(25_000L).maxAmount(25_000L)))).isEmpty();
		}
	}

	@Nested
	class GrantCapAtLeastOneTests {

		GrantCapAtLeastOne rule = new GrantCapAtLeastOne();

		@Test
		void refuses_a_cap_of_zero_grants() {
			assertThat(rule.check(CallInputs.with(b -> b.maxGrants(0)))).singleElement()
				.satisfies(v -> assertThat(v.field()).isEqualTo("maxGrantsPerOrganisation"));
		}

		@Test
		void accepts_no_cap_at_all() {
			assertThat(rule.check(CallInputs.with(b -> b.maxGrants(null)))).isEmpty();
		}
	}

	@Nested
	class LongestPeriodWithinLimitsTests {

		LongestPeriodWithinLimits rule = new LongestPeriodWithinLimits();

		@Test
		void refuses_a_period_of_zero_months() {
			assertThat(rule.check(CallInputs.with(b -> b.longestPeriod(0)))).singleElement()
				.satisfies(v -> assertThat(swedish(v)).contains("”Längsta projektperiod”"));
		}

		@Test
		void accepts_the_one_year_of_2019() {
			assertThat(rule.check(CallInputs.with(b -> b.longestPeriod(12)))).isEmpty();
		}
	}

	@Nested
	class WordLimitsPositiveTests {

		WordLimitsPositive rule = new WordLimitsPositive();

		@Test
		void refuses_a_word_limit_of_zero_naming_the_section() {
			var found = rule.check(CallInputs.with(b -> b.wordLimits(Map.of(ApplicationSection.method, 0))));
			assertThat(found).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("wordLimits.method");
				assertThat(swedish(v)).contains("metod eller modell");
			});
		}
	}

	@Nested
	class FollowUpDatesAfterClosingTests {

		FollowUpDatesAfterClosing rule = new FollowUpDatesAfterClosing();

		@Test
		void refuses_a_report_due_before_the_call_closes() {
			var found = rule.check(CallInputs.with(b -> b.followUp(LocalDate.of(2027, 1, 1), null)));
			assertThat(found).extracting(Violation::field).containsExactly("reportDueDate");
		}

		@Test
		void refuses_a_repayment_notice_date_on_the_closing_day() {
			var found = rule.check(CallInputs.with(b -> b.followUp(null, LocalDate.of(2027, 3, 31))));
			assertThat(found).extracting(Violation::rule).containsExactly("repayment-notice-after-closing");
		}

		@Test
		void accepts_the_2024_repayment_notice_date() {
			var call = CallInputs.with(b -> b.window(Instant.parse("2023-09-01T06:00:00Z"),
					Instant.parse("2023-10-15T21:59:00Z")).followUp(null, LocalDate.of(2024, 6, 2)));
			assertThat(rule.check(call)).isEmpty();
		}
	}
}
