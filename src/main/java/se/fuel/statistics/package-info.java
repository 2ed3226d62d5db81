/**
 * Fund statistics: applications, grants and outcomes per year, programme and organisation, and the projects per lead
 * organisation and area (table 1.3 of the annual report). The economic-assistance series are the {@code assistance}
 * module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "identity",
		"organisations", "applications", "calls", "decisions", "grants", "knowledge", "documents", "documents :: charts",
		"documents :: tables" })
package se.fuel.statistics;
