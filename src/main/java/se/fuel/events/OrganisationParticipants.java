package se.fuel.events;

import java.util.UUID;

/** How many of an event's participants came from one organisation; the name is filled in on the way out. */
public record OrganisationParticipants(UUID organisationId, String organisationName, int participants) {

	public static OrganisationParticipants of(UUID organisationId, int participants) {
		return new OrganisationParticipants(organisationId, null, participants);
	}
}
