package se.fuel.organisations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an officer gives when adding or changing an organisation, before the rules have looked at it.
 */
public record OrganisationInput(String code, String name, OrganisationKind kind, UUID parentId, LocalDate validFrom,
		LocalDate validTo, UUID successorId, Succession succession, String note) {
}
