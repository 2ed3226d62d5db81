package se.fuel.mail;

/** Where a mail is on its way out; stored by name, and its label is the message key {@code mail.status.<name>}. */
public enum MailStatus {
	PENDING, SENT, FAILED, OUTBOX_ONLY
}
