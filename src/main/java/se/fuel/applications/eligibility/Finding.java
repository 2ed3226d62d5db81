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

	public boolean blocks() {
		return severity == Severity.ERROR;
	}
}
