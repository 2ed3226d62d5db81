package se.fuel.applications.eligibility;

import se.fuel.common.Violation;

/**
 * A rule broken at submission and what that means there: an error stops the submission, a warning is shown to the
 * applicant and the officers but lets it through. Which one a rule's violation is, {@link EligibilityPolicies} says.
 */
public record Finding(Violation violation, Severity severity) {

	public enum Severity {
		ERROR, WARNING
	}

	public static Finding error(Violation violation) {
		return new Finding(violation, Severity.ERROR);
	}

	public static Finding warning(Violation violation) {
		return new Finding(violation, Severity.WARNING);
	}

	/**
	 * A warning with a message already written.
	 *
	 * @deprecated only for {@link GrantsPerOrganisationCap} until it is a {@link se.fuel.common.Rule} like the others.
	 */
	@Deprecated
	public static Finding warning(String field, String rule, String message) {
		return new Finding(new Violation(field, rule, message), Severity.WARNING);
	}

	public boolean blocks() {
		return severity == Severity.ERROR;
	}
}
