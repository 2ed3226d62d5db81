package se.fuel.mail;

/**
 * Delivering the outbox over SMTP. A scheduled task calls it every few seconds; tests call it to see the mail go out
 * without waiting for the task.
 */
public interface MailDelivery {

	/** Delivers what is due now; returns how many mails went out. Without an SMTP server it does nothing. */
	int deliverPending();
}
