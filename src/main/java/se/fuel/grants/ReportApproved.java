package se.fuel.grants;

import java.util.UUID;

/** The officer approved a grant's report, in the approval's transaction. */
public record ReportApproved(UUID grantId, UUID organisationId, String registrationNumber, String title,
		String coordinatorComment) {
}
