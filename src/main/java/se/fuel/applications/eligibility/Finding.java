package se.fuel.applications.eligibility;

import se.fuel.common.Violation;

/**
 * What a policy found: an error that stops the submission, or a warning the applicant and officer should see.
 */
public record Finding(Violation violation, Severity severity) {

	public enum Severity {
		ERROR, WARNING
	}

	public static Finding error(String field, String rule, String message) {
		return new Finding(new Violation(field, rule, message), Severity.ERROR);
	}

	public static Finding warning(String field, String rule, String message) {
		return new Finding(new Violation(field, rule, message), Severity.WARNING);
	}

	public boolean blocks() {
		return severity == Severity.ERROR;
	}
}
