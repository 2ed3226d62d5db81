/**
 * Audit trail: every change in every module, with who, when, what, before and after.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system" })
package se.fuel.audit;
