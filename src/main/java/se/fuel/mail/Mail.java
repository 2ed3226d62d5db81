package se.fuel.mail;

import java.util.Set;
import java.util.UUID;

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

	/** One page of the outbox, newest first, of the kind or of all kinds when null; pages count from 1. Officers only. */
	OutboxPage page(MailKind kind, int page, int size);

	/** One mail of the outbox; officers only. */
	OutboxEntry find(UUID id);

	/** The kinds of mail the signed-in user wants. */
	Set<MailKind> wanted();

	/** Saves the signed-in user's own choice; nobody changes another user's. */
	void choose(Set<MailKind> wanted);
}
