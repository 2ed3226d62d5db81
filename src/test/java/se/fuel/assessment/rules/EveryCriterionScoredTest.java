package se.fuel.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;

class EveryCriterionScoredTest {

	@Test
	void accepts_a_score_from_one_to_five_for_every_criterion() {
		assertThat(new EveryCriterionScored().check(new EveryCriterionScored.Review(List.of(1, 5, 3), List.of(), 3))).isEmpty();
	}

	@Test
	void names_each_unscored_criterion_in_swedish() {
		var v = new EveryCriterionScored().check(new EveryCriterionScored.Review(Arrays.asList(4, null), List.of(), 3));
		assertThat(v).extracting(Violation::field).containsExactly("score1", "score2");
		assertThat(TestTexts.swedish(v.get(0))).isEqualTo("Huvudkriterium 2: sätt ett betyg från 1 till 5.");
	}

	@Test
	void refuses_a_score_outside_one_to_five() {
		var v = new EveryCriterionScored().check(new EveryCriterionScored.Review(List.of(0, 6), List.of(), 2));
		assertThat(v).extracting(Violation::rule).containsExactly("score-range", "score-range");
	}
}
