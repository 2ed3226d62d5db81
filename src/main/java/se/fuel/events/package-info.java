/**
 * Competence development (kompetensutveckling, issue 6): the seminars, workshops, lectures, study trips and network
 * meetings the fund runs for the city's staff, who took part from which organisation, and how the participants rated
 * them. Officers register events and their evaluations; everyone signed in reads them as published statistics.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "identity",
		"organisations", "audit", "documents", "documents :: charts" })
package se.fuel.events;
