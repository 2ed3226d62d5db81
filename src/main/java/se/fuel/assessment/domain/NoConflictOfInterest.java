package se.fuel.assessment.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import se.fuel.common.Violation;

/**
 * Jäv (förvaltningslagen 16–18 §§): a council member whose organisation leads or takes part in an application has an
 * interest in its outcome and may never review it, whatever they declare.
 */
public final class NoConflictOfInterest {

	public static final String RULE = "no-conflict-of-interest";

	private NoConflictOfInterest() {
	}

	public static boolean conflicted(UUID memberOrganisationId, UUID leadOrganisationId, Set<UUID> partnerIds) {
		return memberOrganisationId != null
				&& (memberOrganisationId.equals(leadOrganisationId) || partnerIds.contains(memberOrganisationId));
	}

	public static Optional<Violation> check(String memberName, UUID memberOrganisationId, UUID leadOrganisationId,
			Set<UUID> partnerIds) {
		if (!conflicted(memberOrganisationId, leadOrganisationId, partnerIds)) {
			return Optional.empty();
		}
		return Optional.of(new Violation("memberIds", RULE, "Rådsledamöter: " + memberName
				+ " är jävig (förvaltningslagen 16–18 §§) eftersom ledamotens organisation söker eller är "
				+ "samverkanspartner i ansökan, och kan inte tilldelas den."));
	}
}
