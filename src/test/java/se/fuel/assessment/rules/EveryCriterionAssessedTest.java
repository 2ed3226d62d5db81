package se.fuel.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.assessment.AssessmentInput.CriterionAnswer;
import se.fuel.assessment.Recommendation;
import se.fuel.common.Violation;

class EveryCriterionAssessedTest {

	final EveryCriterionAssessed rule = new EveryCriterionAssessed();

	@Test
	void accepts_a_recommendation_when_every_criterion_is_answered_with_a_motivation() {
		assertThat(rule.check(Candidates.of(Candidates.allMet(), Recommendation.GRANT, null, null, null))).isEmpty();
	}

	@Test
	void lets_answers_be_saved_unfinished_while_there_is_no_recommendation() {
		assertThat(rule.check(Candidates.of(List.of(), null, null, null, null))).isEmpty();
	}

	@Test
	void refuses_a_recommendation_before_every_criterion_is_answered_and_motivated() {
		var answers = List.of(new CriterionAnswer(true, " "), new CriterionAnswer(null, "Motiverat"));
		List<Violation> found = rule.check(Candidates.of(answers, Recommendation.REJECT, null, null, "x"));
		assertThat(found).extracting(Violation::field).containsExactly("criteria0-motivation", "criteria1-met");
		assertThat(TestTexts.swedish(found.get(0))).startsWith("Huvudkriterium 1").contains("motivering");
		assertThat(TestTexts.swedish(found.get(1))).startsWith("Huvudkriterium 2").contains("uppfyllt");
	}

	@Test
	void counts_a_missing_answer_as_unanswered() {
		var found = rule.check(Candidates.of(List.of(), Recommendation.GRANT, null, null, null));
		assertThat(found).hasSize(4);
	}
}
