package se.fuel.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An event as everyone signed in reads it, with its participants and evaluation.
 *
 * @param version the version it was read at, which a change may name to be refused when someone saved since
 */
public record EventView(UUID id, LocalDate date, String title, EventKind kind, String organiser, String targetGroup,
		String description, List<OrganisationParticipants> participants, int otherParticipants,
		int unspecifiedParticipants, int totalParticipants, EvaluationSummary evaluation, String evaluationSource,
		String evaluationNote, Instant updatedAt, long version) {
}
