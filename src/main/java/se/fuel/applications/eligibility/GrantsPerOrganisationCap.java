package se.fuel.applications.eligibility;

import java.util.List;

/**
 * A warning, not a refusal, when the organisation has submitted more applications this year to calls sharing the cap
 * group than it can be granted ("Varje stadsdelsförvaltning kan beviljas medel till högst tre ansökningar för både
 * lokala utvecklingsprojekt och studieresor", 2019). Submitting is allowed: the cap limits grants, and the officers
 * choose among the applications when allocating.
 */
public final class GrantsPerOrganisationCap implements EligibilityPolicy {

	public static final String RULE = "grants-per-organisation-cap";

	@Override
	public List<Finding> check(SubmissionCandidate candidate) {
		Integer cap = candidate.call().maxGrantsPerOrganisation();
		int submitted = candidate.otherSubmissionsInCapGroup() + 1;
		if (cap == null || submitted <= cap) {
			return List.of();
		}
		return List.of(Finding.warning(FieldLabels.ORGANISATION, RULE,
				"Sökande förvaltning har med denna ansökan lämnat in " + submitted + " ansökningar till årets "
						+ "utlysningar med gemensamt tak, men kan beviljas medel till högst " + cap
						+ " ansökningar per år. Ansökan kan lämnas in, men alla ansökningar kan inte beviljas."));
	}
}
