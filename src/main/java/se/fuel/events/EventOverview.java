package se.fuel.events;

import java.util.List;

/**
 * All events in numbers: how many of each kind per year with their participants, and participants per organisation
 * (övriga/externa and those not divided by organisation on their own lines).
 */
public record EventOverview(List<YearKind> byYearAndKind, List<OrganisationParticipants> byOrganisation,
		int otherParticipants, int unspecifiedParticipants, int events, int totalParticipants) {

	/** One year's events of one kind. */
	public record YearKind(int year, EventKind kind, int events, int participants) {
	}
}
