package se.fuel.statistics.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.fuel.organisations.OrganisationSummary;

/**
 * Which organisation carries a historical organisation's work today: the end of its chain of mergers and renamings
 * (Rinkeby → Rinkeby-Kista → Järva). An organisation without successor is its own today. Pure: it works on the
 * organisations it is given.
 */
final class Lineage {

	private final Map<UUID, OrganisationSummary> byId;

	public Lineage(Collection<OrganisationSummary> organisations) {
		this.byId = organisations.stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	/** Today's organisation of the id; an unknown id is its own, and a cycle in bad data stops where it closes. */
	public UUID today(UUID id) {
		UUID current = id;
		Set<UUID> seen = new HashSet<>();
		while (current != null && seen.add(current)) {
			OrganisationSummary org = byId.get(current);
			if (org == null || org.successorId() == null) {
				return current;
			}
			current = org.successorId();
		}
		return current;
	}

	/** The name of the organisation, or of today's when {@code rolledUp}. */
	public String name(UUID id, boolean rolledUp) {
		UUID shown = rolledUp ? today(id) : id;
		OrganisationSummary org = byId.get(shown);
		return org == null ? String.valueOf(shown) : org.name();
	}

	/** The id the statistics count the organisation under. */
	public UUID countedAs(UUID id, boolean rolledUp) {
		return rolledUp ? today(id) : id;
	}
}
