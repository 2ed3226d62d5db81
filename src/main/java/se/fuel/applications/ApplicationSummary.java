package se.fuel.applications;

import java.time.Instant;
import java.util.UUID;

import se.fuel.applications.ApplicationStatus;

/** One line of an application list. */
public record ApplicationSummary(UUID id, UUID callId, String callTitle, String programmeCode, int year,
		UUID leadOrganisationId, String leadOrganisationName, String title, ApplicationStatus status,
		String registrationNumber, Long requestedAmount, Instant submittedAt, boolean asPartner) {

	/** Whether the application counts as received by the call (sent in, possibly returned for completion or decided). */
	public boolean received() {
		return status.withTheFund() || status == ApplicationStatus.RETURNED;
	}
}
