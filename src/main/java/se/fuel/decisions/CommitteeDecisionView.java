package se.fuel.decisions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The committee's (Socialnämndens) decision on a document version.
 *
 * @param paragraph the minutes' paragraph, e.g. "§ 12"
 * @param amendment what the committee changed, empty when decided as proposed
 */
public record CommitteeDecisionView(LocalDate decidedOn, String paragraph, boolean asProposed, String amendment,
		String recordedBy, Instant recordedAt) {
}
