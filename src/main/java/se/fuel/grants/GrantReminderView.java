package se.fuel.grants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder sent to a grant's organisation ("Påminnelse skickad 2027-03-01 (redovisning, vecka efter)").
 *
 * @param kind REPORT or REPAYMENT
 * @param kindLabel "redovisning" or "återbetalning"
 * @param step BEFORE, ON_DUE_DATE or WEEK_AFTER
 * @param stepLabel "före", "på förfallodagen" or "vecka efter"
 * @param recipients how many users of the organisation the mail went to
 */
public record GrantReminderView(UUID grantId, String kind, String kindLabel, String step, String stepLabel,
		LocalDate dueDate, LocalDate sentOn, int recipients) {
}
