package se.fuel.applications;

import java.util.UUID;

/** An officer returned a submitted application to the applicant for completion, with what to complete. */
public record ApplicationReturned(UUID applicationId, UUID organisationId, String registrationNumber, String title,
		String message) {
}
