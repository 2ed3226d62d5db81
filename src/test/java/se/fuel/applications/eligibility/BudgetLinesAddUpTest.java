package se.fuel.applications.eligibility;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fuel.applications.eligibility.SubmissionCandidate.BudgetLine;
import se.fuel.calls.CallView;

class BudgetLinesAddUpTest {

	private final BudgetLinesAddUp policy = new BudgetLinesAddUp();

	private final CallView call = CallBuilder.lum2024().build();

	@Test
	void accepts_lines_that_add_up_to_the_requested_amount() {
		var candidate = CandidateBuilder.to(call)
			.amount(500_000, new BudgetLine("Projektledare 50 %", 400_000), new BudgetLine("Material", 100_000))
			.build();

		assertThat(policy.check(candidate)).isEmpty();
	}

	@Test
	void refuses_an_application_without_budget_lines() {
		var candidate = CandidateBuilder.to(call).amount(500_000, new BudgetLine[0]).build();

		assertThat(policy.check(candidate)).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("budgetLines");
			assertThat(violation.rule()).isEqualTo("budget-lines-present");
			assertThat(swedish(violation)).startsWith("Budget saknas");
		});
	}

	@Test
	void refuses_lines_one_krona_short_of_the_requested_amount_and_states_both_sums() {
		var candidate = CandidateBuilder.to(call)
			.amount(500_000, new BudgetLine("Projektledare 50 %", 400_000), new BudgetLine("Material", 99_999))
			.build();

		assertThat(policy.check(candidate)).singleElement().satisfies(violation -> {
			assertThat(violation.rule()).isEqualTo("budget-lines-add-up");
			assertThat(swedish(violation)).isEqualTo("Budgetraderna summerar till "
					+ "499\u00A0999\u00A0kronor men sökt belopp är 500\u00A0000\u00A0kronor: budgetens summa måste "
					+ "vara lika med sökt belopp.");
		});
	}

	@Test
	void refuses_lines_one_krona_over_the_requested_amount() {
		var candidate = CandidateBuilder.to(call)
			.amount(500_000, new BudgetLine("Projektledare 50 %", 400_000), new BudgetLine("Material", 100_001))
			.build();

		assertThat(policy.check(candidate)).extracting(violation -> violation.rule())
			.containsExactly("budget-lines-add-up");
	}

	@Test
	void refuses_a_line_without_description_naming_its_row() {
		var candidate = CandidateBuilder.to(call)
			.amount(500_000, new BudgetLine("Projektledare 50 %", 400_000), new BudgetLine("  ", 100_000))
			.build();

		assertThat(policy.check(candidate)).singleElement().satisfies(violation -> {
			assertThat(violation.rule()).isEqualTo("budget-line-description");
			assertThat(swedish(violation)).startsWith("Budgetrad 2 saknar beskrivning");
		});
	}

	@Test
	void refuses_a_line_of_zero_kronor_even_when_the_sum_is_right() {
		var candidate = CandidateBuilder.to(call)
			.amount(500_000, new BudgetLine("Projektledare 50 %", 500_000), new BudgetLine("Material", 0))
			.build();

		assertThat(policy.check(candidate)).singleElement().satisfies(violation -> {
			assertThat(violation.rule()).isEqualTo("budget-line-amount-positive");
			assertThat(swedish(violation)).startsWith("Budgetrad 2 har beloppet 0\u00A0kronor");
		});
	}

	@Test
	void reports_every_broken_line_and_the_wrong_sum_at_once() {
		var candidate = CandidateBuilder.to(call)
			.amount(500_000, new BudgetLine("", 100_000), new BudgetLine("Material", -5))
			.build();

		assertThat(policy.check(candidate)).extracting(violation -> violation.rule())
			.containsExactly("budget-line-description", "budget-line-amount-positive", "budget-lines-add-up");
	}

	@Test
	void refuses_huge_lines_whose_wrapped_round_sum_equals_the_requested_amount() {
		// 2 × Long.MAX_VALUE + 100 002 wraps round to exactly 100 000 in long arithmetic.
		var candidate = CandidateBuilder.to(call)
			.amount(100_000, new BudgetLine("Lön", Long.MAX_VALUE), new BudgetLine("Lokal", Long.MAX_VALUE),
					new BudgetLine("Material", 100_002))
			.build();

		assertThat(policy.check(candidate)).extracting(violation -> violation.rule())
			.contains("budget-lines-add-up", "amount-in-range");
	}

	@Test
	void refuses_a_line_above_a_billion_kronor_naming_the_line() {
		var candidate = CandidateBuilder.to(call)
			.amount(1_000_000_001, new BudgetLine("Lön", 1_000_000_001))
			.build();

		assertThat(policy.check(candidate)).singleElement().satisfies(violation -> {
			assertThat(violation.rule()).isEqualTo("amount-in-range");
			assertThat(swedish(violation)).startsWith("Budgetrad 1 ska vara ett belopp mellan 0 och");
		});
	}
}
