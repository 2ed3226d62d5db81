package se.fuel.grants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder about a grant's report or repayment was logged and is to be mailed to the grant's organisation, in the
 * reminder run's transaction for the grant.
 *
 * @param subject the mail's subject and {@code body} its text, in Swedish
 * @param grantName the registration number and title, for a reader in any language
 * @param repayment true for a reminder of a repayment, false for one of the report
 * @param dueDate the day the report or the repayment is due
 */
public record GrantReminderDue(UUID grantId, UUID organisationId, String subject, String body, String grantName,
		boolean repayment, LocalDate dueDate) {
}
