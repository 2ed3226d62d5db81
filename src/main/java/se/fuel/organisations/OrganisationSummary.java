package se.fuel.organisations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules know of an organisation: its name, kind, when it existed and what it became.
 */
public record OrganisationSummary(UUID id, String code, String name, OrganisationKind kind, UUID parentId,
		LocalDate validFrom, LocalDate validTo, UUID successorId, Succession succession) {

	public boolean activeOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}
}
