package se.fuel.assessment.rules;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * Jäv (förvaltningslagen 16–18 §§): a council member whose organisation leads or takes part in an application has an
 * interest in its outcome and may never review it, whatever they declare.
 */
public final class NoConflictOfInterest implements Rule<NoConflictOfInterest.Candidate> {

	public static final String RULE = "no-conflict-of-interest";

	/** A member who might review an application led by {@code leadOrganisationId} with these partners. */
	public record Candidate(String memberName, UUID memberOrganisationId, UUID leadOrganisationId,
			Set<UUID> partnerIds) {
	}

	public static boolean conflicted(UUID memberOrganisationId, UUID leadOrganisationId, Set<UUID> partnerIds) {
		return memberOrganisationId != null
				&& (memberOrganisationId.equals(leadOrganisationId) || partnerIds.contains(memberOrganisationId));
	}

	@Override
	public List<Violation> check(Candidate c) {
		if (!conflicted(c.memberOrganisationId(), c.leadOrganisationId(), c.partnerIds())) {
			return List.of();
		}
		return List.of(Violation.of("memberIds", RULE, "assessment.rule.noConflictOfInterest", c.memberName()));
	}
}
