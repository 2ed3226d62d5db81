package se.fuel.assessment.rules;

import java.util.List;

import se.fuel.assessment.AssessmentInput;

/**
 * What the rules judge: the officer's input against the call's criteria and areas and the application's request.
 */
public record AssessmentCandidate(AssessmentInput input, List<String> criteria, List<String> priorityAreas,
		long requestedAmount) {

	public AssessmentInput.CriterionAnswer answer(int index) {
		return index < input.criteria().size() && input.criteria().get(index) != null ? input.criteria().get(index)
				: new AssessmentInput.CriterionAnswer(null, null);
	}
}
