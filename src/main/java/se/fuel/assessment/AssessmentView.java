package se.fuel.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application's assessment with the key facts of the application, as officers see it. Before anything is recorded
 * it has no id and every answer is null.
 *
 * @param version 0 before anything is recorded, then one more with each save: what a save hands back so that a save
 *     on an older copy (also one opened before another officer's first save) is refused
 * @param recommendedAmount the amount the recommendation grants, or null without a recommendation
 */
public record AssessmentView(UUID id, long version, UUID applicationId, UUID callId, String callTitle, String programmeCode,
		String applicationTitle, String organisationName, String registrationNumber, long requestedAmount,
		List<CriterionResult> criteria, List<AreaResult> priorityAreas, Recommendation recommendation,
		Long partialAmount, UUID reasonCategoryId, String reasonCategoryName, String motivation, Long recommendedAmount,
		String assessedBy, Instant updatedAt) {

	public record CriterionResult(String criterion, Boolean met, String motivation) {
	}

	public record AreaResult(String area, Boolean addressed) {
	}
}
