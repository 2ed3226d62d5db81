package se.fuel.grants;

import java.util.UUID;

/**
 * A reminder about a grant's report or repayment was logged and is to be mailed to the grant's organisation, in the
 * reminder run's transaction for the grant.
 */
public record GrantReminderDue(UUID grantId, UUID organisationId, String subject, String body) {
}
