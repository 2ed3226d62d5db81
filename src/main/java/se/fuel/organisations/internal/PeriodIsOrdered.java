package se.fuel.organisations.internal;

import java.time.LocalDate;
import java.util.Optional;

import se.fuel.common.Violation;

/**
 * An organisation ends on or after the day it starts.
 */
final class PeriodIsOrdered {

	Optional<Violation> check(LocalDate validFrom, LocalDate validTo) {
		return validFrom != null && validTo != null && validTo.isBefore(validFrom)
				? Optional.of(new Violation("validTo", "valid-to-not-before-valid-from",
						"Giltig till (" + validTo + ") får inte vara före Giltig från (" + validFrom + ")."))
				: Optional.empty();
	}
}
