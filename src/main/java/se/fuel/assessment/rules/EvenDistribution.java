package se.fuel.assessment.rules;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * "Fördela jämnt": round-robin over a call's applications by registration number, each to the next council member
 * without jäv, so every member gets a balanced share and never an application of their own organisation.
 */
public final class EvenDistribution {

	private EvenDistribution() {
	}

	public record Candidate(UUID applicationId, String registrationNumber, UUID leadOrganisationId,
			Set<UUID> partnerIds) {
	}

	public record Member(UUID id, UUID organisationId) {
	}

	/** One member per application; applications no member may review are left out. */
	public static Map<UUID, UUID> distribute(List<Candidate> applications, List<Member> members) {
		var result = new LinkedHashMap<UUID, UUID>();
		if (members.isEmpty()) {
			return result;
		}
		int next = 0;
		for (Candidate c : applications.stream().sorted(Comparator.comparing(Candidate::registrationNumber))
			.toList()) {
			for (int tried = 0; tried < members.size(); tried++) {
				Member m = members.get((next + tried) % members.size());
				if (!NoConflictOfInterest.conflicted(m.organisationId(), c.leadOrganisationId(), c.partnerIds())) {
					result.put(c.applicationId(), m.id());
					next = (next + tried + 1) % members.size();
					break;
				}
			}
		}
		return result;
	}
}
