package se.fuel.assessment.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * "Ansökningarna har bedömts i första hand utifrån huvudkriterierna": a recommendation needs every main criterion
 * answered met or not met, each with a motivation.
 */
public final class EveryCriterionAssessed implements Rule<AssessmentCandidate> {

	@Override
	public List<Violation> check(AssessmentCandidate c) {
		var found = new ArrayList<Violation>();
		if (c.input().recommendation() == null) {
			return found;
		}
		for (int i = 0; i < c.criteria().size(); i++) {
			var answer = c.answer(i);
			if (answer.met() == null) {
				found.add(Violation.of(CriterionFields.met(i), "every-criterion-assessed",
						"assessment.rule.criterionAnswered", i + 1));
			}
			if (answer.motivation() == null || answer.motivation().isBlank()) {
				found.add(Violation.of(CriterionFields.motivation(i), "every-criterion-motivated",
						"assessment.rule.criterionMotivated", i + 1));
			}
		}
		return found;
	}
}
