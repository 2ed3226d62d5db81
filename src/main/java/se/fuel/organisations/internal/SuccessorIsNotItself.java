package se.fuel.organisations.internal;

import java.util.Optional;
import java.util.UUID;

import se.fuel.common.Violation;

/**
 * An organisation cannot merge into or be renamed to itself.
 */
final class SuccessorIsNotItself {

	Optional<Violation> check(UUID self, UUID successor) {
		return successor != null && successor.equals(self)
				? Optional.of(new Violation("successorId", "successor-not-itself",
						"Efterträdare kan inte vara organisationen själv. Välj den organisation som tog över verksamheten."))
				: Optional.empty();
	}
}
