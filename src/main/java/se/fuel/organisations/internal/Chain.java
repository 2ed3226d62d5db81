package se.fuel.organisations.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A walk along links between organisations (successor or parent), as used by the rules against cycles.
 */
final class Chain {

	private Chain() {
	}

	/**
	 * The organisations passed from {@code start} until {@code target} is reached, both included; empty when the chain
	 * ends, or loops without passing the target, before reaching it.
	 */
	static Optional<List<UUID>> from(UUID start, UUID target, Map<UUID, UUID> links) {
		var path = new ArrayList<UUID>();
		var seen = new HashSet<UUID>();
		for (UUID current = start; current != null && seen.add(current); current = links.get(current)) {
			path.add(current);
			if (current.equals(target)) {
				return Optional.of(path);
			}
		}
		return Optional.empty();
	}
}
