package se.fuel.applications.eligibility;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;
import se.fuel.common.Rule;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/**
 * An organisation may be granted at most the cap group's number of applications a year across the calls sharing the
 * group ("Varje stadsdelsförvaltning kan beviljas medel till högst tre ansökningar för både lokala utvecklingsprojekt
 * och studieresor", 2019).
 *
 * <p>The one rule is applied twice. At submission it is advisory: the organisation may send in more applications
 * than can be granted, since the officers choose among them, so {@link EligibilityPolicies} shows it as a warning. In
 * the allocation it blocks: the proposed grants may not exceed the cap, so the decisions module refuses to finalise.
 */
@NamedInterface("eligibility")
public final class GrantsPerOrganisationCap implements Rule<GrantsPerOrganisationCap.Count> {

	public static final String RULE = "grants-per-organisation-cap";

	/**
	 * One organisation's applications in a cap group against the group's cap.
	 *
	 * @param field where the violation points: the application's organisation at submission, the organisation's row
	 *     in the allocation
	 * @param organisationName the organisation, or null at submission, where it is the applicant's own
	 * @param capGroup the calls sharing the cap ("LUM och MUL 2027" in Swedish), or null at submission
	 * @param counted applications sent in (this one included) at submission, proposed grants in the allocation
	 * @param cap the most grants a year, null when the calls set none
	 */
	public record Count(String field, String organisationName, Text capGroup, int counted, Integer cap,
			boolean grants) {

		public boolean overCap() {
			return cap != null && counted > cap;
		}
	}

	/** At submission: the applications the lead organisation has sent in to the cap group, this one included. */
	public static Count atSubmission(SubmissionCandidate candidate) {
		return new Count(FieldLabels.ORGANISATION, null, null, candidate.otherSubmissionsInCapGroup() + 1,
				candidate.call().maxGrantsPerOrganisation(), false);
	}

	/** In the allocation: the grants an organisation would get in a cap group. */
	public static Count inAllocation(UUID organisationId, String organisationName, Text capGroup, int grants,
			Integer cap) {
		return new Count("organisation-" + organisationId, organisationName, capGroup, grants, cap, true);
	}

	@Override
	public List<Violation> check(Count count) {
		if (!count.overCap()) {
			return List.of();
		}
		if (count.grants()) {
			return List.of(Violation.of(count.field(), RULE, "cap.grants.overCap", count.organisationName(),
					String.valueOf(count.counted()), String.valueOf(count.cap()), count.capGroup()));
		}
		return List.of(Violation.of(count.field(), RULE, "cap.submission.overCap",
				String.valueOf(count.counted()), String.valueOf(count.cap())));
	}
}
