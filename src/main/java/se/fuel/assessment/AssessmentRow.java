package se.fuel.assessment;

import java.util.UUID;

/** One submitted application in the officers' assessment list, with where its assessment stands. */
public record AssessmentRow(UUID applicationId, String registrationNumber, String title, String organisationName,
		long requestedAmount, Recommendation recommendation, Long recommendedAmount, boolean started) {
}
