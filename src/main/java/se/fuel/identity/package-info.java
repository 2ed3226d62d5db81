/**
 * Users, roles, sign-in and the current user; HTTP Basic for the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "audit",
		"organisations" })
package se.fuel.identity;
