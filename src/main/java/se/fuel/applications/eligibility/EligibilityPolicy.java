package se.fuel.applications.eligibility;

import java.util.List;

/**
 * The old shape of an eligibility rule, which decided for itself whether it blocks.
 *
 * @deprecated only {@link GrantsPerOrganisationCap} still has it; every other rule is a
 * {@link se.fuel.common.Rule} over a {@link SubmissionCandidate}, registered in {@link EligibilityPolicies} as
 * blocking or advisory. Goes when that rule does the same.
 */
@Deprecated
public interface EligibilityPolicy {

	List<Finding> check(SubmissionCandidate candidate);
}
