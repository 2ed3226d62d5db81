package se.fuel.organisations.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import se.fuel.common.Violation;

/**
 * An organisation that was succeeded has ended: the day before its successor took over is its last day.
 */
final class SuccessorRequiresEndDate {

	Optional<Violation> check(UUID successor, LocalDate validTo) {
		return successor != null && validTo == null
				? Optional.of(new Violation("validTo", "successor-requires-valid-to",
						"Giltig till måste anges när organisationen har en efterträdare: ange den sista dagen den fanns, till exempel 2019-12-31."))
				: Optional.empty();
	}
}
