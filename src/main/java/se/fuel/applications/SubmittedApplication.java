package se.fuel.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * What other modules (assessment, allocation) may know of an application that was sent in: its key facts, no texts.
 *
 * @param status where it stands now: submitted, decided, or returned for completion or withdrawn since
 */
public record SubmittedApplication(UUID id, UUID callId, String title, UUID leadOrganisationId,
		String leadOrganisationName, String registrationNumber, long requestedAmount, Instant submittedAt,
		ApplicationStatus status) {

	/** Whether it is with the fund now: submitted, or decided since (not returned for completion or withdrawn). */
	public boolean submitted() {
		return status.withTheFund();
	}
}
