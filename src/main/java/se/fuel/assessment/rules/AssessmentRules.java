package se.fuel.assessment.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** Every rule of an assessment, checked together so that the officer sees every problem at once. */
public final class AssessmentRules {

	private static final List<Rule<AssessmentCandidate>> RULES = List.of(new EveryCriterionAssessed(),
			new FailedMainCriterionMeansRejection(), new PartialAmountBelowRequested(), new RejectionNeedsReason(),
			new ReasonAgreesWithAssessment());

	private AssessmentRules() {
	}

	public static List<Violation> check(AssessmentCandidate candidate) {
		var found = new ArrayList<Violation>();
		RULES.forEach(rule -> found.addAll(rule.check(candidate)));
		return found;
	}
}
