/**
 * Grants, payments, repayments, reports and reminders: what follows the committee's decision. The fund's rules about
 * them are in {@code grants/rules}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "identity",
		"organisations", "audit", "documents", "calls", "applications", "decisions" })
package se.fuel.grants;
