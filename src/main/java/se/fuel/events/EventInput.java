package se.fuel.events;

import java.time.LocalDate;
import java.util.List;

/**
 * What an officer registers of an event. {@code otherParticipants} are people from outside the city's organisations
 * (övriga/externa); {@code unspecifiedParticipants} are counted but not divided by organisation, as the seeds report
 * most events.
 */
public record EventInput(LocalDate date, String title, EventKind kind, String organiser, String targetGroup,
		String description, List<OrganisationParticipants> participants, Integer otherParticipants,
		Integer unspecifiedParticipants) {
}
