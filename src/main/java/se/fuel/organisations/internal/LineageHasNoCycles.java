package se.fuel.organisations.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import se.fuel.common.Violation;

/**
 * An organisation cannot, through its chain of successors, end up succeeding itself: lineage runs one way in time.
 */
final class LineageHasNoCycles {

	/**
	 * @param self the organisation being changed (for a new one, a fresh id nothing links to)
	 * @param successor the successor it is given
	 * @param successors every organisation's current successor
	 * @param names organisation names for the message
	 */
	Optional<Violation> check(UUID self, UUID successor, Map<UUID, UUID> successors, Map<UUID, String> names) {
		if (successor == null || successor.equals(self)) {
			return Optional.empty();
		}
		return Chain.from(successor, self, successors).map(path -> new Violation("successorId", "lineage-no-cycle",
				"Efterträdare: " + names.getOrDefault(successor, "den valda organisationen")
						+ " har redan denna organisation bland sina efterträdare ("
						+ path.stream().map(id -> names.getOrDefault(id, "?")).collect(Collectors.joining(" → "))
						+ "), så linjen skulle gå i cirkel. Välj en organisation som kom efter denna."));
	}
}
