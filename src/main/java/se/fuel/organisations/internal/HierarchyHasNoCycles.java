package se.fuel.organisations.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.fuel.common.Violation;

/**
 * A unit belongs to an organisation above it, never to itself or to one of its own units.
 */
final class HierarchyHasNoCycles {

	Optional<Violation> check(UUID self, UUID parent, Map<UUID, UUID> parents) {
		if (parent == null) {
			return Optional.empty();
		}
		if (parent.equals(self) || Chain.from(parent, self, parents).isPresent()) {
			return Optional.of(new Violation("parentId", "hierarchy-no-cycle",
					"Överordnad organisation kan inte vara organisationen själv eller en av dess egna enheter."));
		}
		return Optional.empty();
	}
}
