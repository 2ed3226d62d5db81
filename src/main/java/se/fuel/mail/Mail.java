package se.fuel.mail;

/**
 * Sending mail from any module: the mail is put in the outbox inside the caller's transaction (so it is kept exactly
 * when the change it tells about commits) and delivered over SMTP afterwards by a scheduled task.
 */
public interface Mail {

	/**
	 * Stores the mail in the outbox within the caller's transaction; never talks SMTP. When the recipient user has
	 * opted out of mail of this kind, nothing is stored and nothing is sent. A user without an address is skipped too.
	 * When no SMTP server is configured the mail is kept only in the outbox ("Endast i utkorgen").
	 */
	void send(OutgoingMail mail);
}
