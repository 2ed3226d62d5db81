package se.fuel.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.assessment.Recommendation;
import se.fuel.common.Violation;

class FailedMainCriterionMeansRejectionTest {

	final FailedMainCriterionMeansRejection rule = new FailedMainCriterionMeansRejection();

	@Test
	void refuses_a_grant_for_an_application_that_fails_a_main_criterion() {
		var found = rule.check(Candidates.of(Candidates.firstFailed(), Recommendation.GRANT, null, null, null));
		assertThat(found).extracting(Violation::field).containsExactly("recommendation");
		assertThat(found.get(0).rule()).isEqualTo("failed-main-criterion-means-rejection");
		assertThat(TestTexts.swedish(found.get(0))).contains("Förslag till beslut").contains("huvudkriterium 1").contains("avslås");
	}

	@Test
	void refuses_a_partial_grant_for_an_application_that_fails_a_main_criterion() {
		assertThat(rule.check(Candidates.of(Candidates.firstFailed(), Recommendation.PARTIAL_GRANT, 100_000L, null,
				null))).hasSize(1);
	}

	@Test
	void accepts_a_rejection_of_an_application_that_fails_a_main_criterion() {
		assertThat(rule.check(Candidates.of(Candidates.firstFailed(), Recommendation.REJECT, null, null, null)))
			.isEmpty();
	}

	@Test
	void accepts_a_grant_when_every_main_criterion_is_met() {
		assertThat(rule.check(Candidates.of(Candidates.allMet(), Recommendation.GRANT, null, null, null))).isEmpty();
	}
}
