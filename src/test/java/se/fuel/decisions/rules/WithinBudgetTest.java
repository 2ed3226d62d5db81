package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;

class WithinBudgetTest {

	final WithinBudget rule = new WithinBudget();

	@Test
	void a_total_at_the_budget_is_allowed() {
		assertThat(rule.check(Lines.lum(3_000_000, 3_000_000))).isEmpty();
	}

	@Test
	void a_total_over_the_budget_is_refused_naming_the_call_the_excess_and_the_budget() {
		assertThat(rule.check(Lines.lum(3_000_000, 3_120_000))).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo("within-budget");
			assertThat(TestTexts.swedish(v)).isEqualTo("Fördelningen för Lokala utvecklingsmedel 2027 är "
					+ "3\u00A0120\u00A0000\u00A0kronor, 120\u00A0000\u00A0kronor över budgeten på "
					+ "3\u00A0000\u00A0000\u00A0kronor.");
			assertThat(TestTexts.english(v)).startsWith("The allocation for Lokala utvecklingsmedel 2027 is");
		});
	}
}
