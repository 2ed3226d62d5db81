package se.fuel.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reminders to grant organisations about reports and repayment notices that are due, sent by a daily scheduled run.
 */
public interface GrantReminders {

	/** The reminders sent about the grant, newest first (officers, and applicants of its organisation; else 404). */
	List<GrantReminderView> ofGrant(UUID grantId);

	/**
	 * Sends the reminders due on the given day and logs them on the grants; the daily task calls it with today, tests
	 * with any day. Runs without a signed-in user. Returns how many reminders were logged.
	 */
	int sendDueReminders(LocalDate today);
}
