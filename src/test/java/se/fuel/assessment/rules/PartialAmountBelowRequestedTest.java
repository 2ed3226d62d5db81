package se.fuel.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.assessment.Recommendation;
import se.fuel.common.Violation;

class PartialAmountBelowRequestedTest {

	final PartialAmountBelowRequested rule = new PartialAmountBelowRequested();

	@Test
	void accepts_a_reduced_amount_between_zero_and_the_requested_amount() {
		assertThat(rule.check(Candidates.of(Candidates.allMet(), Recommendation.PARTIAL_GRANT, 200_000L, null, null)))
			.isEmpty();
	}

	@Test
	void refuses_a_partial_grant_of_the_whole_requested_amount() {
		var found = rule.check(Candidates.of(Candidates.allMet(), Recommendation.PARTIAL_GRANT, 400_000L, null, null));
		assertThat(found).extracting(Violation::rule).containsExactly("partial-amount-below-requested");
		assertThat(TestTexts.swedish(found.get(0))).startsWith("Reducerat belopp").contains(se.fuel.common.SwedishFormat.kronor(400_000));
	}

	@Test
	void refuses_a_partial_grant_of_nothing() {
		assertThat(rule.check(Candidates.of(Candidates.allMet(), Recommendation.PARTIAL_GRANT, 0L, null, null)))
			.extracting(Violation::field).containsExactly("partialAmount");
	}

	@Test
	void asks_for_the_amount_of_a_partial_grant() {
		assertThat(rule.check(Candidates.of(Candidates.allMet(), Recommendation.PARTIAL_GRANT, null, null, null)))
			.extracting(Violation::rule).containsExactly("required");
	}

	@Test
	void ignores_the_amount_of_a_full_grant() {
		assertThat(rule.check(Candidates.of(Candidates.allMet(), Recommendation.GRANT, 900_000L, null, null)))
			.isEmpty();
	}
}
