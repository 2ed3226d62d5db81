/**
 * Notifications in the app (aviseringar): what a user is told by mail about their applications, grants, reviews,
 * attestations and followed knowledge is also kept for them to read in Fuel, behind the bell in the header. It listens
 * to the same past-tense events as the mail module and honours the same choices (E-postval): a kind a user turned off
 * reaches them neither by mail nor here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "identity", "audit",
		"mail", "applications", "assessment", "decisions", "grants", "knowledge" })
package se.fuel.notifications;
