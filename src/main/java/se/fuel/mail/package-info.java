/**
 * Outbox and SMTP delivery: every mail Fuel sends is stored in the sender's transaction and delivered later. It
 * listens to the events of the modules whose changes the applicants are told about.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "identity", "audit",
		"organisations", "applications", "assessment", "decisions", "grants", "knowledge" })
package se.fuel.mail;
