package se.fuel.applications.eligibility;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.system.MessageBundles;

/**
 * All eligibility rules of DESIGN.md step 4, in the order their findings are shown: the call window first, then the
 * fields in the form's order, then the organisation's standing. Checking runs every rule, so that the applicant sees
 * every problem at once.
 */
public final class EligibilityPolicies implements EligibilityPolicy {

	private final List<EligibilityPolicy> policies;

	public EligibilityPolicies(List<EligibilityPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	/** Every rule Fuel checks on submission. */
	public static EligibilityPolicies all() {
		return new EligibilityPolicies(List.of(
				new InsideCallWindow(),
				new AmountWithinCap(),
				new BudgetLinesAddUp(),
				new RequiredSectionsFilled(),
				new WordLimits(),
				new PeriodWithinCallRules(),
				new StudyVisitIsNotCourseOrConference(),
				new ReportMustBeApproved(),
				// Advisory at submission: the officers choose among the applications when allocating. Until the
				// findings are kept as texts, the application stores the Swedish sentence, as for the other rules.
				candidate -> new GrantsPerOrganisationCap().check(GrantsPerOrganisationCap.atSubmission(candidate))
					.stream()
					.map(v -> new Finding(new Violation(v.field(), v.rule(),
							MessageBundles.source().getMessage(v.message(), SwedishFormat.SWEDISH)),
							Finding.Severity.WARNING))
					.toList()));
	}

	public List<EligibilityPolicy> policies() {
		return policies;
	}

	/** Every finding of every rule, errors and warnings alike. */
	@Override
	public List<Finding> check(SubmissionCandidate candidate) {
		var findings = new ArrayList<Finding>();
		for (EligibilityPolicy policy : policies) {
			findings.addAll(policy.check(candidate));
		}
		return List.copyOf(findings);
	}

	/** The findings with what they mean for the submission. */
	public EligibilityResult evaluate(SubmissionCandidate candidate) {
		return new EligibilityResult(check(candidate));
	}
}
