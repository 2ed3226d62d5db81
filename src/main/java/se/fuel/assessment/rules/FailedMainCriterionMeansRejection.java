package se.fuel.assessment.rules;

import java.util.List;

import se.fuel.assessment.Recommendation;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * "Projekt som beviljas medel ska uppfylla huvudkriterierna": an application that fails a main criterion can only be
 * recommended for rejection.
 */
public final class FailedMainCriterionMeansRejection implements Rule<AssessmentCandidate> {

	@Override
	public List<Violation> check(AssessmentCandidate c) {
		Recommendation r = c.input().recommendation();
		if (r != Recommendation.GRANT && r != Recommendation.PARTIAL_GRANT) {
			return List.of();
		}
		for (int i = 0; i < c.criteria().size(); i++) {
			if (Boolean.FALSE.equals(c.answer(i).met())) {
				return List.of(Violation.of("recommendation", "failed-main-criterion-means-rejection",
						"assessment.rule.failedCriterionMeansRejection", i + 1));
			}
		}
		return List.of();
	}
}
