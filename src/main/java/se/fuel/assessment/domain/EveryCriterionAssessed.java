package se.fuel.assessment.domain;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Violation;

/**
 * "Ansökningarna har bedömts i första hand utifrån huvudkriterierna": a recommendation needs every main criterion
 * answered met or not met, each with a motivation.
 */
public final class EveryCriterionAssessed implements AssessmentRule {

	@Override
	public List<Violation> check(AssessmentCandidate c) {
		var found = new ArrayList<Violation>();
		if (c.input().recommendation() == null) {
			return found;
		}
		for (int i = 0; i < c.criteria().size(); i++) {
			var answer = c.answer(i);
			String label = "Huvudkriterium " + (i + 1);
			if (answer.met() == null) {
				found.add(new Violation(CriterionFields.met(i), "every-criterion-assessed",
						label + ": välj uppfyllt eller inte uppfyllt innan du lämnar ett förslag till beslut."));
			}
			if (answer.motivation() == null || answer.motivation().isBlank()) {
				found.add(new Violation(CriterionFields.motivation(i), "every-criterion-motivated",
						label + ": skriv en motivering innan du lämnar ett förslag till beslut."));
			}
		}
		return found;
	}
}
