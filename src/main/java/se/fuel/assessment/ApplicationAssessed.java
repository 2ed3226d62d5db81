package se.fuel.assessment;

import java.util.UUID;

/**
 * An officer recorded (or changed) the recommendation on an application; allocation starts from here.
 *
 * @param recommendedAmount the amount the recommendation would grant: requested, reduced, or 0 when rejected
 */
public record ApplicationAssessed(UUID assessmentId, UUID applicationId, UUID callId, Recommendation recommendation,
		long recommendedAmount, UUID reasonCategoryId) {
}
