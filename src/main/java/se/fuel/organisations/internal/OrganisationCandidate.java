package se.fuel.organisations.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.fuel.organisations.OrganisationInput;

/**
 * What the register's rules look at: the organisation being saved and the register as it is.
 *
 * @param self the organisation's id (a new organisation: the id it will get)
 * @param input what the officer gave
 * @param codes every organisation's code
 * @param names every organisation's name, for the messages
 * @param parents every organisation's parent, where it has one
 * @param successors every organisation's successor, where it has one
 */
record OrganisationCandidate(UUID self, OrganisationInput input, Map<UUID, String> codes, Map<UUID, String> names,
		Map<UUID, UUID> parents, Map<UUID, UUID> successors) {

	static OrganisationCandidate of(UUID self, OrganisationInput input, List<Organisation> register) {
		var codes = new HashMap<UUID, String>();
		var names = new HashMap<UUID, String>();
		var parents = new HashMap<UUID, UUID>();
		var successors = new HashMap<UUID, UUID>();
		for (Organisation o : register) {
			codes.put(o.getId(), o.getCode());
			names.put(o.getId(), o.getName());
			if (o.getParentId() != null) {
				parents.put(o.getId(), o.getParentId());
			}
			if (o.getSuccessorId() != null) {
				successors.put(o.getId(), o.getSuccessorId());
			}
		}
		return new OrganisationCandidate(self, input, codes, names, parents, successors);
	}

	boolean exists(UUID id) {
		return names.containsKey(id);
	}
}
