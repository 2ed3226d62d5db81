/**
 * Organisations of the city and outside it, with history and lineage.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "audit" })
package se.fuel.organisations;
