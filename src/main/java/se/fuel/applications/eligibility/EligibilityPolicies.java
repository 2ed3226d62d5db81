package se.fuel.applications.eligibility;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;

/**
 * Every eligibility rule checked at submission, each registered as blocking (its violations stop the submission) or
 * advisory (shown, but the application goes in): whether a broken rule stops something depends on where it is
 * applied, not on the rule. In the order their findings are shown: the call window first, then the fields in the
 * form's order, then the organisation's standing. Checking runs every rule, so that the applicant sees every problem
 * at once.
 */
public final class EligibilityPolicies {

	/** A rule as applied here: blocking or advisory. */
	public record Registered(Rule<SubmissionCandidate> rule, Finding.Severity severity) {
	}

	private final List<Registered> rules;

	public EligibilityPolicies(List<Registered> rules) {
		this.rules = List.copyOf(rules);
	}

	/** Every rule Fuel checks on submission; only the cap on grants per organisation is advisory. */
	public static EligibilityPolicies all() {
		return new EligibilityPolicies(List.of(
				blocking(new InsideCallWindow()),
				blocking(new AmountWithinCap()),
				blocking(new BudgetLinesAddUp()),
				blocking(new RequiredSectionsFilled()),
				blocking(new WordLimits()),
				blocking(new PeriodWithinCallRules()),
				blocking(new StudyVisitIsNotCourseOrConference()),
				blocking(new ReportMustBeApproved()),
				advisory(grantsPerOrganisationCap())));
	}

	public static Registered blocking(Rule<SubmissionCandidate> rule) {
		return new Registered(rule, Finding.Severity.ERROR);
	}

	public static Registered advisory(Rule<SubmissionCandidate> rule) {
		return new Registered(rule, Finding.Severity.WARNING);
	}

	private static Rule<SubmissionCandidate> grantsPerOrganisationCap() {
		var cap = new GrantsPerOrganisationCap();
		return candidate -> cap.check(GrantsPerOrganisationCap.atSubmission(candidate));
	}

	public List<Registered> rules() {
		return rules;
	}

	/** Every finding of every rule, errors and warnings alike. */
	public List<Finding> check(SubmissionCandidate candidate) {
		var findings = new ArrayList<Finding>();
		for (Registered registered : rules) {
			registered.rule().check(candidate)
				.forEach(violation -> findings.add(new Finding(violation, registered.severity())));
		}
		return List.copyOf(findings);
	}

	/** The findings with what they mean for the submission. */
	public EligibilityResult evaluate(SubmissionCandidate candidate) {
		return new EligibilityResult(check(candidate));
	}
}
