/**
 * Economic assistance: the monthly series of the city and its districts per measure and barrier category (README,
 * "Statistics imports"), what is computed from them (rolling averages, change against
 * the base year, target tracking, shares, breaks), their import from CSV and Kolada JSON, and the comparison of
 * districts by regression.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "identity",
		"organisations", "audit", "documents", "documents :: charts", "documents :: tables" })
package se.fuel.assistance;
