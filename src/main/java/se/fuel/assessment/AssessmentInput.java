package se.fuel.assessment;

import java.util.List;
import java.util.UUID;

/**
 * What the officer records: one answer per main criterion and per priority area of the call, in the call's order, and
 * optionally the recommendation. Nulls are unanswered.
 */
public record AssessmentInput(List<CriterionAnswer> criteria, List<Boolean> priorityAreas,
		Recommendation recommendation, Long partialAmount, UUID reasonCategoryId, String motivation) {

	public AssessmentInput {
		criteria = criteria == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(criteria));
		priorityAreas = priorityAreas == null ? List.of()
				: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(priorityAreas));
	}

	/** Met or not met, with the officer's motivation. */
	public record CriterionAnswer(Boolean met, String motivation) {
	}
}
