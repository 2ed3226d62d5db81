package se.fuel.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * An application was submitted to a call (again, after completion, when {@code resubmission}) and got its
 * registration number; assessment starts from here.
 */
public record ApplicationSubmitted(UUID applicationId, UUID callId, UUID leadOrganisationId,
		String registrationNumber, long requestedAmount, Instant submittedAt, boolean resubmission) {
}
