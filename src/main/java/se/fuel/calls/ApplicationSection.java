package se.fuel.calls;

/**
 * The text sections of an application a call can require and limit in words. The names are the application's field
 * names in forms and JSON.
 */
public enum ApplicationSection {
	targetGroup, problem, goals, method, researchLink, genderAnalysis, implementationPlan, purpose;
}
