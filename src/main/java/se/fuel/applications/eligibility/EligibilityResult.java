package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.common.Violation;

/**
 * Everything the eligibility policies found for one submission: errors stop it, warnings are shown to the applicant
 * and the officers but let it through.
 */
public record EligibilityResult(List<Finding> findings) {

	public EligibilityResult {
		findings = List.copyOf(findings);
	}

	/** Whether any finding stops the submission. */
	public boolean blocked() {
		return findings.stream().anyMatch(Finding::blocks);
	}

	public List<Finding> errors() {
		return findings.stream().filter(Finding::blocks).toList();
	}

	public List<Finding> warnings() {
		return findings.stream().filter(finding -> !finding.blocks()).toList();
	}

	/** The errors as violations, ready for a {@link se.fuel.common.ViolationException}. */
	public List<Violation> errorViolations() {
		return errors().stream().map(Finding::violation).toList();
	}
}
