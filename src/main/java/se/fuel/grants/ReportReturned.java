package se.fuel.grants;

import java.util.UUID;

/** The officer returned a grant's report for completion with a message, in the return's transaction. */
public record ReportReturned(UUID grantId, UUID organisationId, String registrationNumber, String title,
		String message) {
}
