package se.fuel.grants;

import java.time.LocalDate;
import java.util.UUID;

import se.fuel.common.Text;

/**
 * A reminder sent to a grant's organisation ("Påminnelse skickad 2027-03-01 (redovisning, vecka efter)").
 *
 * @param kind REPORT or REPAYMENT
 * @param kindLabel the kind in a sentence, e.g. "redovisning"
 * @param step BEFORE, ON_DUE_DATE or WEEK_AFTER
 * @param stepLabel the step in a sentence, e.g. "vecka efter"
 * @param recipients how many users of the organisation the mail went to
 */
public record GrantReminderView(UUID grantId, String kind, Text kindLabel, String step, Text stepLabel,
		LocalDate dueDate, LocalDate sentOn, int recipients) {
}
