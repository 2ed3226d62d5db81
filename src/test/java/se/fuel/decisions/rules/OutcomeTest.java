package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.assessment.Recommendation;
import se.fuel.decisions.DecisionOutcome;

class OutcomeTest {

	@Test
	void less_than_requested_is_a_partial_grant_and_the_full_amount_a_grant() {
		assertThat(Outcome.of(Recommendation.GRANT, 50, 100)).isEqualTo(DecisionOutcome.PARTIALLY_GRANTED);
		assertThat(Outcome.of(Recommendation.PARTIAL_GRANT, 100, 100)).isEqualTo(DecisionOutcome.GRANTED);
		assertThat(Outcome.of(Recommendation.REJECT, 0, 100)).isEqualTo(DecisionOutcome.REJECTED);
		assertThat(Outcome.of(null, 0, 100)).isNull();
	}
}
