/**
 * Applications: drafts, attachments, submission with eligibility, registration numbers, return for completion.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "identity",
		"organisations", "audit", "calls", "documents" })
package se.fuel.applications;
